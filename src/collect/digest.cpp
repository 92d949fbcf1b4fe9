#include "collect/digest.hpp"

#include <algorithm>

#include "ledger/money.hpp"

namespace arcollect {

namespace {

std::vector<Money> overdue_by_currency(const AccountState& state, const AgingReport& aging) {
  const Book& book = state.book;
  std::vector<Money> out;
  for (const AgingBlock& block : aging.blocks) out.push_back({0, block.currency});
  for (std::size_t i = 0; i < book.invoices.size(); ++i) {
    const Invoice& inv = book.invoices[i];
    const std::int64_t balance = state.balance(i);
    if (inv.issued > state.today || inv.due >= state.today || balance <= 0) continue;
    auto total = std::find_if(out.begin(), out.end(),
                              [&](const Money& m) { return m.currency == inv.amount.currency; });
    if (total == out.end()) total = out.insert(out.end(), Money{0, inv.amount.currency});
    total->minor = checked_add(total->minor, balance);
  }
  std::erase_if(out, [](const Money& m) { return m.minor == 0; });
  return out;
}

bool in_window(Date day, const Digest& d) {
  return d.since <= day && day < d.today;
}

}  // namespace

Digest build_digest(const AccountState& state, int upcoming_days) {
  const Book& book = state.book;
  Digest d;
  d.today = state.today;
  d.since = state.calendar.previous_working(state.today);
  d.agenda = build_agenda(state, upcoming_days);
  AgingSpec spec;
  spec.basis = book.settings.aging.basis;
  spec.buckets = book.settings.aging.buckets;
  d.aging = aging_report(state, spec);
  d.overdue = overdue_by_currency(state, d.aging);

  for (std::size_t i = 0; i < book.invoices.size(); ++i) {
    const Invoice& inv = book.invoices[i];
    if (in_window(inv.due, d) && inv.issued <= d.today && state.balance(i) > 0)
      d.newly_overdue.push_back({i, {state.balance(i), inv.amount.currency}});
  }
  std::stable_sort(d.newly_overdue.begin(), d.newly_overdue.end(), [&](auto& a, auto& b) {
    return book.invoices[a.invoice].due < book.invoices[b.invoice].due;
  });

  for (std::size_t c = 0; c < book.customers.size(); ++c)
    for (const PromiseOutcome& promise : state.promises[c])
      if (promise.state == PromiseState::broken && in_window(promise.deadline, d))
        d.broken_promises.push_back({c, promise_broken_reason(book, promise)});

  for (std::size_t p = 0; p < book.payments.size(); ++p)
    if (book.payments[p].kind == PaymentKind::payment && in_window(book.payments[p].date, d))
      d.payments.push_back(p);
  std::stable_sort(d.payments.begin(), d.payments.end(),
                   [&](auto a, auto b) { return book.payments[a].date < book.payments[b].date; });
  return d;
}

}  // namespace arcollect
