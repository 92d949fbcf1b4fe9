// Where a payment plan stands on a date, by the plan rule of ledger/plan_progress: the money
// that reached the plan's invoices meets its installments in order; a missed installment breaks
// it after the grace days; it is completed only when every invoice it covers is settled.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ledger/allocation.hpp"

namespace arcollect {

enum class PlanState { on_track, due, late, broken, completed };

struct PlanStatus {
  std::size_t plan = 0;  // index into Book::plans
  PlanState state = PlanState::on_track;
  std::int64_t paid = 0;            // money that reached the plan's invoices since it was agreed
  std::int64_t arrears = 0;         // installments due by the date and not yet met
  std::optional<std::size_t> next;  // first installment not fully met
  std::int64_t next_left = 0;       // what is left of it
  std::optional<Date> broken_on;    // the day after the grace of the missed installment
};

// Is the plan live: agreed, neither broken nor completed? Its invoices then leave the ladder
// and carry no late-payment charges.
bool plan_is_live(PlanState state);

// `allocation` is as of `as_of`; `grace_days`: how long after its date an unpaid installment
// breaks the plan.
PlanStatus plan_status(const Book& book, const Allocation& allocation, std::size_t plan, Date as_of,
                       int grace_days);

}  // namespace arcollect
