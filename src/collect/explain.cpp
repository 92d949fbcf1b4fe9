#include "collect/explain.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include "collect/chase.hpp"
#include "ledger/step_doubles.hpp"

namespace arcollect {

Explanation explain_customer(const AccountState& state, std::size_t c) {
  const Book& book = state.book;
  Explanation x;
  x.customer = c;
  x.today = state.today;
  auto by_due = [&](std::size_t a, std::size_t b) {
    return std::tie(book.invoices[a].due, book.invoices[a].id) <
           std::tie(book.invoices[b].due, book.invoices[b].id);
  };
  x.chased = state.chaseable(c);
  std::sort(x.chased.begin(), x.chased.end(), by_due);
  for (std::size_t i : book.by_customer[c].invoices) {
    if (book.invoices[i].issued > state.today || state.balance(i) <= 0) continue;
    if (state.disputed(i))
      x.disputed.push_back(i);
    else if (state.live_plan(i))
      x.planned.push_back(i);
  }
  std::sort(x.disputed.begin(), x.disputed.end(), by_due);
  std::sort(x.planned.begin(), x.planned.end(), by_due);

  // The steps done about the debt now chased: since its ladder started, as the agenda counts.
  const std::vector<LadderStep>& ladder = book.ladder_for(book.customers[c]);
  Date start = Date::min();
  if (!x.chased.empty() && !ladder.empty())
    start = add_days(book.invoices[x.chased.front()].due, std::min(0, ladder.front().day));
  for (const LadderStep& step : ladder) x.steps.push_back({&step, std::nullopt, "", ""});
  std::vector<std::size_t> entry(x.steps.size(), 0);  // the entry each done step shows
  for (std::size_t k : book.by_customer[c].contacts) {
    const ContactEntry& e = book.contacts[k];
    if (e.date > state.today || e.date < start) continue;
    for (std::size_t s = 0; s < x.steps.size(); ++s) {
      StepRecord& record = x.steps[s];
      if (record.step->name == e.step && (!record.done || e.date >= *record.done)) {
        record.done = e.date;
        record.file = book.files[e.pos.file];
        entry[s] = k;
      }
    }
  }
  for (const StepDouble& d : steps_recorded_twice(book))
    for (std::size_t s = 0; s < x.steps.size(); ++s)
      if (x.steps[s].done && (entry[s] == d.later || entry[s] == d.first))
        x.steps[s].also_file =
            book.files[book.contacts[entry[s] == d.later ? d.first : d.later].pos.file];

  Agenda agenda;
  assess_customer(state, c, std::numeric_limits<int>::max() / 2, agenda);
  x.today_actions = std::move(agenda.actions);
  x.held_back = std::move(agenda.upcoming);
  std::stable_sort(x.held_back.begin(), x.held_back.end(),
                   [](const UpcomingItem& a, const UpcomingItem& b) { return a.date < b.date; });
  if (!state.calendar.working(state.today))
    x.next_working_day = state.calendar.next_working(state.today);
  return x;
}

}  // namespace arcollect
