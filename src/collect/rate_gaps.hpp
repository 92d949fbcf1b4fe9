// Rates past the table: reference rates that interest on the open invoices needs, on days past
// what arcollect knows. A fact about the ledger on a day, so `check` lists it once, rather than
// every command that computes interest warning about it every day.
#pragma once

#include <vector>

#include "collect/account_state.hpp"
#include "collect/reason.hpp"

namespace arcollect {

struct RateGap {
  Reason rate;                        // a rate_past_known note
  std::vector<std::size_t> invoices;  // those whose interest needs it, in ledger order
};

// Each rate missing on the state's day, once, in the order the invoices first need them.
std::vector<RateGap> rate_gaps(const AccountState& state);

}  // namespace arcollect
