// Where a payment plan stands on a date. Payments the customer made after the day the plan was
// agreed pay its installments in order; so do that day's, when the plan's first installment is
// due that day (a payment now, under the plan). Otherwise a payment that day came before the
// plan, which covers what was left.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ledger/book.hpp"

namespace arcollect {

enum class PlanState { on_track, due, late, broken, completed };

struct PlanStatus {
  std::size_t plan = 0;  // index into Book::plans
  PlanState state = PlanState::on_track;
  std::int64_t paid = 0;            // paid towards the plan so far
  std::int64_t arrears = 0;         // installments due by the date and not yet paid
  std::optional<std::size_t> next;  // first installment not fully paid
  std::optional<Date> broken_on;    // the day after the grace of the missed installment
};

// `grace_days`: how long after its date an unpaid installment breaks the plan.
PlanStatus plan_status(const Book& book, std::size_t plan, Date as_of, int grace_days);

}  // namespace arcollect
