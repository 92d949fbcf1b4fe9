#include "ledger/allocation.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ledger/disputes.hpp"
#include "ledger/plan_progress.hpp"

namespace arcollect {

Allocation empty_allocation(const Book& book) {
  Allocation result;
  result.paid.assign(book.invoices.size(), 0);
  result.settled.assign(book.invoices.size(), std::nullopt);
  result.excess.assign(book.payments.size(), 0);
  result.plan_paid.assign(book.plans.size(), 0);
  return result;
}

namespace {

// One customer's plans, with the dated money that reached their invoices so far.
class PlanLedger {
 public:
  PlanLedger(const Book& book, std::size_t customer, Date as_of) : book_(book) {
    for (std::size_t p : book.by_customer[customer].plans) {
      const Plan& plan = book.plans[p];
      if (plan_counts_from(plan) > as_of) continue;
      Entry entry{p, plan_counts_from(plan), {}, {}};
      for (const auto& id : plan.invoices)
        if (auto it = book.invoice_index.find(id); it != book.invoice_index.end())
          entry.invoices.push_back(it->second);
      entries_.push_back(std::move(entry));
    }
  }

  void record(std::size_t invoice, std::int64_t minor, Date day) {
    for (Entry& e : entries_)
      if (day >= e.from &&
          std::find(e.invoices.begin(), e.invoices.end(), invoice) != e.invoices.end())
        e.money.push_back({day, minor});
  }

  // The invoices of the plans live on `day`, each plan's in its own order.
  std::vector<std::size_t> live_invoices(Date day) const {
    std::vector<std::size_t> result;
    const int grace = book_.settings.due.plan_grace_days;
    for (const Entry& e : entries_) {
      if (day < e.from) continue;
      std::int64_t paid = 0;
      for (const auto& [when, minor] : e.money)
        if (when <= day) paid += minor;
      if (plan_broken_on(book_.plans[e.plan], paid, day, grace)) continue;
      result.insert(result.end(), e.invoices.begin(), e.invoices.end());
    }
    return result;
  }

  void totals(Allocation& into) const {
    for (const Entry& e : entries_) {
      into.plan_paid[e.plan] = 0;
      for (const auto& money : e.money) into.plan_paid[e.plan] += money.second;
    }
  }

  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    std::size_t plan;
    Date from;
    std::vector<std::size_t> invoices;
    std::vector<std::pair<Date, std::int64_t>> money;
  };
  const Book& book_;
  std::vector<Entry> entries_;
};

}  // namespace

void allocate_customer(const Book& book, std::size_t customer, Date as_of, Allocation& into,
                       Disputed rule) {
  const CustomerRecords& records = book.by_customer[customer];
  for (std::size_t i : records.invoices) {
    into.paid[i] = 0;
    into.settled[i].reset();
  }
  for (std::size_t p : records.plans) into.plan_paid[p] = 0;
  PlanLedger plans(book, customer, as_of);
  // Money applied to invoice i on `day`: it is settled once nothing is left to pay.
  auto apply = [&](std::size_t i, std::int64_t minor, Date day) {
    into.paid[i] += minor;
    if (into.paid[i] == book.invoices[i].amount.minor)
      into.settled[i] = std::max(day, book.invoices[i].issued);
    plans.record(i, minor, day);
  };

  std::vector<std::size_t> payments;
  for (std::size_t p : records.payments)
    if (book.payments[p].date <= as_of) payments.push_back(p);
  std::stable_sort(payments.begin(), payments.end(), [&](std::size_t a, std::size_t b) {
    return book.payments[a].date < book.payments[b].date;
  });

  // Money not tied to an invoice: dated tranches, spent earliest first.
  struct Tranche {
    std::int64_t minor;
    std::size_t payment;
  };
  std::vector<Tranche> pool;
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
    if (left > 0) pool.push_back({left, p});
  }
  if (pool.empty()) {
    plans.totals(into);
    return;
  }

  // Days an invoice's dispute state changed: pooled money is offered again on each.
  const auto disputes = rule == Disputed::wait
                            ? dispute_history(book, customer, as_of)
                            : std::unordered_map<std::size_t, std::vector<DisputeChange>>{};
  auto disputed = [&](std::size_t i, Date day) {
    auto it = disputes.find(i);
    return it != disputes.end() && disputed_on(it->second, day);
  };
  auto owing = [&](std::size_t i) {
    return book.invoices[i].issued <= as_of && into.paid[i] < book.invoices[i].amount.minor;
  };
  std::vector<std::size_t> open;
  for (std::size_t i : records.invoices)
    if (owing(i)) open.push_back(i);
  std::sort(open.begin(), open.end(), [&](std::size_t a, std::size_t b) {
    const Invoice& x = book.invoices[a];
    const Invoice& y = book.invoices[b];
    return std::tie(x.due, x.issued, x.id) < std::tie(y.due, y.issued, y.id);
  });
  // Pays invoice i on `day` from `money` as far as both go.
  auto spend = [&](Tranche& money, std::size_t i, Date day) {
    const Payment& pay = book.payments[money.payment];
    if (money.minor == 0 || book.invoices[i].amount.currency != pay.amount.currency || !owing(i) ||
        disputed(i, day))
      return;
    std::int64_t applied = std::min(money.minor, book.invoices[i].amount.minor - into.paid[i]);
    apply(i, applied, day);
    money.minor -= applied;
  };
  // Events: each tranche's date, and each day a dispute changed. On each, the money received so
  // far and not yet spent is offered to what can be paid that day, earliest money first.
  std::set<Date> dispute_days;
  for (const auto& [i, changes] : disputes)
    for (const DisputeChange& change : changes)
      if (change.from != Date::min()) dispute_days.insert(change.from);
  std::set<Date> events(dispute_days);
  for (const Tranche& money : pool) events.insert(book.payments[money.payment].date);
  // Per currency, how far the oldest-first walk has come: the invoices before it are paid or
  // were in dispute; a change of dispute sends it back to the start.
  std::map<std::string, std::size_t> cursor;
  std::size_t received = 0;          // the tranches dated up to the current event
  std::vector<std::size_t> waiting;  // those of them with money left, earliest first
  for (Date day : events) {
    for (; received < pool.size() && book.payments[pool[received].payment].date <= day; ++received)
      waiting.push_back(received);
    if (dispute_days.contains(day)) cursor.clear();
    for (std::size_t t : waiting) {
      Tranche& money = pool[t];
      const Payment& pay = book.payments[money.payment];
      if (!plans.empty())
        for (std::size_t i : plans.live_invoices(day)) spend(money, i, day);
      std::size_t& at = cursor[pay.amount.currency];
      while (money.minor > 0 && at < open.size()) {
        spend(money, open[at], day);
        if (money.minor > 0 || !owing(open[at])) ++at;
      }
    }
    std::erase_if(waiting, [&](std::size_t t) { return pool[t].minor == 0; });
  }
  std::map<std::string, std::pair<std::int64_t, std::size_t>> left;  // currency -> (minor, last)
  for (const Tranche& money : pool)
    if (money.minor > 0) {
      auto& [minor, last] = left[book.payments[money.payment].amount.currency];
      minor += money.minor;
      last = money.payment;
    }
  for (const auto& [currency, money] : left)
    into.credits.push_back({customer, currency, money.first, money.second});
  plans.totals(into);
}

Allocation allocate(const Book& book, Date as_of, Disputed disputed) {
  Allocation result = empty_allocation(book);
  for (std::size_t c = 0; c < book.customers.size(); ++c)
    allocate_customer(book, c, as_of, result, disputed);
  return result;
}

}  // namespace arcollect
