#include "collect/promises.hpp"

#include <algorithm>
#include <tuple>

namespace arcollect {

namespace {

// Paid by the customer in `currency` after `from`, up to `to`.
std::int64_t paid_between(const Book& book, std::size_t c, const std::string& currency, Date from,
                          Date to) {
  std::int64_t paid = 0;
  for (std::size_t p : book.by_customer[c].payments) {
    const Payment& pay = book.payments[p];
    if (pay.kind == PaymentKind::payment && pay.amount.currency == currency && pay.date > from &&
        pay.date <= to)
      paid += pay.amount.minor;
  }
  return paid;
}

std::vector<std::size_t> covered_invoices(const Book& book, std::size_t c,
                                          const ContactEntry& promise) {
  std::vector<std::size_t> covered;
  for (std::size_t i : book.by_customer[c].invoices) {
    const Invoice& inv = book.invoices[i];
    bool named = std::find(promise.invoices.begin(), promise.invoices.end(), inv.id) !=
                 promise.invoices.end();
    if (promise.invoices.empty() ? inv.issued <= promise.date && inv.due < promise.date : named)
      covered.push_back(i);
  }
  std::sort(covered.begin(), covered.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(book.invoices[a].due, book.invoices[a].id) <
           std::tie(book.invoices[b].due, book.invoices[b].id);
  });
  return covered;
}

}  // namespace

std::vector<PromiseOutcome> promise_outcomes(const Book& book, std::size_t c, Date today,
                                             const Allocation& allocation) {
  const int grace = book.settings.due.promise_grace_days;
  std::vector<PromiseOutcome> outcomes;
  for (std::size_t k : book.by_customer[c].contacts) {
    const ContactEntry& e = book.contacts[k];
    if (e.outcome != Outcome::promise || !e.promise_date || e.date > today) continue;
    PromiseOutcome o;
    o.contact = k;
    o.deadline = add_days(*e.promise_date, grace);
    o.invoices = covered_invoices(book, c, e);
    const Date until = std::min(o.deadline, today);
    bool kept = std::all_of(o.invoices.begin(), o.invoices.end(), [&](std::size_t i) {
      const std::optional<Date>& settled = allocation.settled[i];
      return settled && *settled <= until;
    });
    if (e.promise_amount) {
      o.paid = paid_between(book, c, e.promise_amount->currency, e.date, until);
      kept = (kept && !o.invoices.empty()) || o.paid >= e.promise_amount->minor;
    }
    bool replaced = false;
    for (std::size_t p : book.by_customer[c].plans) {
      const Date agreed = book.plans[p].agreed;
      replaced = replaced || (agreed > e.date && agreed <= o.deadline && agreed <= today);
    }
    o.state = kept                 ? PromiseState::kept
              : replaced           ? PromiseState::replaced
              : o.deadline < today ? PromiseState::broken
                                   : PromiseState::pending;
    outcomes.push_back(std::move(o));
  }
  std::stable_sort(outcomes.begin(), outcomes.end(),
                   [&](const PromiseOutcome& a, const PromiseOutcome& b) {
                     return book.contacts[a.contact].date < book.contacts[b.contact].date;
                   });
  return outcomes;
}

Reason promise_broken_reason(const Book& book, const PromiseOutcome& promise) {
  const ContactEntry& made = book.contacts[promise.contact];
  Reason why{ReasonKind::promise_broken};
  why.who = made.with;
  why.date = made.promise_date;
  why.made = made.date;
  if (made.promise_amount) {
    why.amount = made.promise_amount;
    why.paid = Money{promise.paid, made.promise_amount->currency};
  }
  return why;
}

}  // namespace arcollect
