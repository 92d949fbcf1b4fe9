// Two live plans for one customer: what a merge leaves when two clones each agreed a plan with
// the customer. Which one the customer agreed to is for a person to say; `check` names both.
#pragma once

#include <vector>

#include "collect/account_state.hpp"
#include "ledger/diagnostic.hpp"

namespace arcollect {

// An error for each live plan whose customer has an earlier live plan (in ledger order), at the
// later plan's id, naming the earlier one's place.
std::vector<Diagnostic> two_live_plans(const AccountState& state);

}  // namespace arcollect
