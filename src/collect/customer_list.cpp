#include "collect/customer_list.hpp"

#include <algorithm>

#include "collect/explain.hpp"

namespace arcollect {

CustomerList customer_list(const AccountState& state) {
  const Book& book = state.book;
  CustomerList list;
  list.as_of = state.today;
  const SegmentReport segments = segment_report(state, SegmentSpec{state.today, std::nullopt});
  std::vector<const CustomerSegment*> segment_of(book.customers.size(), nullptr);
  for (const CustomerSegment& s : segments.customers) segment_of[s.behaviour.customer] = &s;

  for (std::size_t c = 0; c < book.customers.size(); ++c) {
    CustomerListRow row;
    row.customer = c;
    if (const CustomerSegment* s = segment_of[c]) {
      row.owed = s->behaviour.owed;
      row.oldest_overdue = s->behaviour.oldest_overdue;
      row.days_overdue = s->behaviour.oldest_past_due;
      row.segment = s->segment;
    }
    const Explanation ladder = explain_customer(state, c);
    for (const StepRecord& step : ladder.steps)
      if (step.done && (!row.last_step_done || *step.done >= *row.last_step_done)) {
        row.last_step = step.step->name;
        row.last_step_done = step.done;
      }
    for (const AgendaAction& action : ladder.today_actions)
      if (!action.step.empty()) {
        row.step_today = action.step;
        break;
      }
    list.rows.push_back(std::move(row));
  }
  std::sort(list.rows.begin(), list.rows.end(), [&](const auto& a, const auto& b) {
    return book.customers[a.customer].id < book.customers[b.customer].id;
  });
  return list;
}

}  // namespace arcollect
