// What became of each promise to pay in the contact log, as of a date.
//
// The promise rule (documented in arcollect-ledger(5)): a promise covers the invoices it names,
// else all the customer's invoices that were past due when it was made. Its deadline is its
// date plus the grace days. It is kept when every invoice it covers was settled by the
// deadline, or, with an amount, when the customer paid at least that much (payments in its
// currency, not credit notes) after the day it was made and by the deadline. A plan agreed
// after a promise and by its deadline replaces it. The rest are pending until the deadline
// passes, then broken.
#pragma once

#include <vector>

#include "collect/reason.hpp"
#include "ledger/allocation.hpp"

namespace arcollect {

enum class PromiseState { pending, kept, broken, replaced };

struct PromiseOutcome {
  std::size_t contact = 0;  // index into Book::contacts
  PromiseState state = PromiseState::pending;
  Date deadline{};                    // the promise date plus the grace days
  std::int64_t paid = 0;              // with an amount: paid towards it so far
  std::vector<std::size_t> invoices;  // what it covers, oldest due first
};

// Customer `c`'s promises made by `today`, in date order. `allocation` is as of `today`.
std::vector<PromiseOutcome> promise_outcomes(const Book& book, std::size_t c, Date today,
                                             const Allocation& allocation);

// Why a broken promise is on the agenda: who promised what by when, and what was paid since.
Reason promise_broken_reason(const Book& book, const PromiseOutcome& promise);

}  // namespace arcollect
