// The state of every account as of one day, computed once per run and read by every report and
// letter: which invoices are disputed, which money paid which invoice, where each plan stands
// and what became of each promise. No two commands can disagree, because none rebuilds it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "collect/plans.hpp"
#include "collect/promises.hpp"
#include "collect/workdays.hpp"
#include "ledger/allocation.hpp"
#include "ledger/disputes.hpp"

namespace arcollect {

struct AccountState {
  const Book& book;
  Date today{};
  Disputes disputes;                                  // the dispute rule (collect/disputes)
  Allocation allocation;                              // the payment rule (ledger/allocation)
  std::vector<PlanStatus> plans;                      // per plan: the plan rule (collect/plans)
  std::vector<std::vector<PromiseOutcome>> promises;  // per customer: the promise rule
  WorkCalendar calendar;                              // [due] workdays and holidays

  std::int64_t balance(std::size_t invoice) const { return allocation.balance(book, invoice); }
  bool disputed(std::size_t invoice) const { return disputes.disputed[invoice]; }

  // Is plan `p` live today: agreed by today, neither broken nor completed?
  bool plan_live(std::size_t p) const;

  // The live plan that covers `invoice`, if any: while it is kept, the invoice is neither
  // chased nor charged interest, compensation or a fee.
  std::optional<std::size_t> live_plan(std::size_t invoice) const;

  // The plan that covered `invoice` and broke, if any, and no live plan covers it since.
  std::optional<std::size_t> broken_plan(std::size_t invoice) const;

  // Customer `c`'s open invoices that can be chased: issued, unpaid, neither disputed nor
  // under a live plan.
  std::vector<std::size_t> chaseable(std::size_t c) const;

  // Customer `c`'s latest promise made by today, with its outcome; null when none.
  const PromiseOutcome* latest_promise(std::size_t c) const;

 private:
  friend AccountState account_state(const Book& book, Date today);
  explicit AccountState(const Book& b) : book(b), calendar(b.settings.due) {}
  std::vector<std::optional<std::size_t>> live_plan_, broken_plan_;  // per invoice
};

AccountState account_state(const Book& book, Date today);

}  // namespace arcollect
