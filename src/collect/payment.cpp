#include "collect/payment.hpp"

#include <algorithm>

namespace arcollect {

std::vector<Payment> payment_records(const Book& book, const Allocation& on_date,
                                     const PaymentRequest& request) {
  const Customer& customer = book.customers[request.customer];
  auto record = [&](const std::string& invoice, std::int64_t minor) {
    Payment p;
    p.kind = request.kind;
    p.date = request.date;
    p.customer = customer.id;
    p.invoice = invoice;
    p.amount = Money{minor, request.amount.currency};
    p.ref = request.ref;
    p.reason = request.reason;
    return p;
  };
  std::vector<Payment> records;
  std::int64_t rest = request.amount.minor;
  for (std::size_t i : request.invoices) {
    std::int64_t owed = std::max<std::int64_t>(0, on_date.balance(book, i));
    std::int64_t part = std::min(rest, owed);
    if (part == 0) continue;
    records.push_back(record(book.invoices[i].id, part));
    rest -= part;
  }
  if (rest > 0) records.push_back(record("", rest));
  return records;
}

PaymentEffect payment_effect(const Book& before, const Allocation& old_allocation,
                             const Book& after, const Allocation& new_allocation,
                             const std::string& customer, const std::string& currency, Date as_of) {
  PaymentEffect effect;
  effect.currency = currency;
  auto c = after.customer_index.find(customer);
  if (c == after.customer_index.end()) return effect;
  std::vector<std::size_t> invoices = after.by_customer[c->second].invoices;
  std::stable_sort(invoices.begin(), invoices.end(), [&](std::size_t a, std::size_t b) {
    return after.invoices[a].due < after.invoices[b].due;
  });
  for (std::size_t i : invoices) {
    const Invoice& inv = after.invoices[i];
    if (inv.amount.currency != currency || inv.issued > as_of) continue;
    std::int64_t now = new_allocation.paid[i];
    std::int64_t was = 0;
    if (auto old = before.invoice_index.find(inv.id); old != before.invoice_index.end())
      was = old_allocation.paid[old->second];
    std::int64_t left = new_allocation.balance(after, i);
    if (now != was) effect.applied.push_back({inv.id, now - was, left});
    effect.owed += std::max<std::int64_t>(0, left);
  }
  for (const UnappliedCredit& credit : new_allocation.credits)
    if (credit.customer == c->second && credit.currency == currency) effect.credit += credit.minor;
  return effect;
}

}  // namespace arcollect
