#include "ledger/allocation.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

namespace arcollect {

Allocation empty_allocation(const Book& book) {
  Allocation result;
  result.paid.assign(book.invoices.size(), 0);
  result.settled.assign(book.invoices.size(), std::nullopt);
  result.excess.assign(book.payments.size(), 0);
  return result;
}

void allocate_customer(const Book& book, std::size_t customer, Date as_of,
                       const std::vector<bool>& disputed, Allocation& into) {
  const CustomerRecords& records = book.by_customer[customer];
  for (std::size_t i : records.invoices) {
    into.paid[i] = 0;
    into.settled[i].reset();
  }
  // Money applied to invoice i on `day`: it is settled once nothing is left to pay.
  auto apply = [&](std::size_t i, std::int64_t minor, Date day) {
    into.paid[i] += minor;
    if (into.paid[i] == book.invoices[i].amount.minor)
      into.settled[i] = std::max(day, book.invoices[i].issued);
  };

  std::vector<std::size_t> payments;
  for (std::size_t p : records.payments)
    if (book.payments[p].date <= as_of) payments.push_back(p);
  std::stable_sort(payments.begin(), payments.end(), [&](std::size_t a, std::size_t b) {
    return book.payments[a].date < book.payments[b].date;
  });

  // Per currency: money not tied to an invoice, as dated tranches spent earliest first.
  struct Tranche {
    std::int64_t minor;
    std::size_t payment;
  };
  std::map<std::string, std::deque<Tranche>> pools;
  for (std::size_t p : payments) {
    const Payment& pay = book.payments[p];
    std::int64_t left = pay.amount.minor;
    into.excess[p] = 0;
    if (auto target = book.invoice_index.find(pay.invoice); target != book.invoice_index.end()) {
      std::size_t i = target->second;
      const Invoice& inv = book.invoices[i];
      if (inv.customer == pay.customer && inv.issued <= as_of &&
          inv.amount.currency == pay.amount.currency) {
        std::int64_t applied = std::min(left, inv.amount.minor - into.paid[i]);
        if (applied > 0) apply(i, applied, pay.date);
        left -= applied;
        into.excess[p] = left;
      }
    }
    if (left > 0) pools[pay.amount.currency].push_back({left, p});
  }
  if (pools.empty()) return;

  auto is_disputed = [&](std::size_t i) { return !disputed.empty() && disputed[i]; };
  std::vector<std::size_t> open;
  for (std::size_t i : records.invoices)
    if (book.invoices[i].issued <= as_of && into.paid[i] < book.invoices[i].amount.minor)
      open.push_back(i);
  std::sort(open.begin(), open.end(), [&](std::size_t a, std::size_t b) {
    const Invoice& x = book.invoices[a];
    const Invoice& y = book.invoices[b];
    return std::make_tuple(is_disputed(a), x.due, x.issued, x.id) <
           std::make_tuple(is_disputed(b), y.due, y.issued, y.id);
  });
  for (auto& [currency, pool] : pools) {
    const std::size_t last_payment = pool.back().payment;
    for (std::size_t i : open) {
      if (pool.empty()) break;
      if (book.invoices[i].amount.currency != currency) continue;
      while (!pool.empty() && into.paid[i] < book.invoices[i].amount.minor) {
        Tranche& money = pool.front();
        std::int64_t applied = std::min(money.minor, book.invoices[i].amount.minor - into.paid[i]);
        apply(i, applied, book.payments[money.payment].date);
        money.minor -= applied;
        if (money.minor == 0) pool.pop_front();
      }
    }
    std::int64_t left = 0;
    for (const Tranche& money : pool) left += money.minor;
    if (left > 0) into.credits.push_back({customer, currency, left, last_payment});
  }
}

Allocation allocate(const Book& book, Date as_of, const std::vector<bool>& disputed) {
  Allocation result = empty_allocation(book);
  for (std::size_t c = 0; c < book.customers.size(); ++c)
    allocate_customer(book, c, as_of, disputed, result);
  return result;
}

}  // namespace arcollect
