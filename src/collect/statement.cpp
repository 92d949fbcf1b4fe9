#include "collect/statement.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "collect/disputes.hpp"

namespace arcollect {

std::string_view statement_kind_name(StatementKind kind) {
  switch (kind) {
    case StatementKind::invoice:
      return "invoice";
    case StatementKind::payment:
      return "payment";
    case StatementKind::credit:
      return "credit";
    case StatementKind::installment:
      return "installment";
  }
  return "";
}

Statement statement(const Book& book, std::size_t c, const StatementSpec& spec) {
  const Customer& customer = book.customers[c];
  const CustomerRecords& records = book.by_customer[c];
  Statement s;
  s.customer = c;
  s.from = spec.from;
  s.to = spec.today;

  std::map<std::string, StatementAccount> accounts;
  auto account = [&](const std::string& currency) -> StatementAccount& {
    StatementAccount& a = accounts[currency];
    a.currency = currency;
    return a;
  };
  for (std::size_t i : records.invoices) {
    const Invoice& inv = book.invoices[i];
    if (inv.issued > spec.today) continue;
    StatementAccount& a = account(inv.amount.currency);
    if (inv.issued < spec.from) {
      a.opening += inv.amount.minor;
      continue;
    }
    a.lines.push_back(
        {inv.issued, StatementKind::invoice, inv.id, inv.description, inv.amount.minor, 0, 0, 0});
  }
  for (std::size_t p : records.payments) {
    const Payment& pay = book.payments[p];
    if (pay.date > spec.today) continue;
    StatementAccount& a = account(pay.amount.currency);
    if (pay.date < spec.from) {
      a.opening -= pay.amount.minor;
      continue;
    }
    std::string what = pay.invoice.empty() ? "" : "for " + pay.invoice;
    if (!pay.reason.empty()) what += (what.empty() ? "" : ": ") + pay.reason;
    a.lines.push_back(
        {pay.date, pay.kind == PaymentKind::credit ? StatementKind::credit : StatementKind::payment,
         pay.ref, what, 0, pay.amount.minor, 0, 0});
  }
  for (std::size_t p : records.plans) {
    const Plan& plan = book.plans[p];
    for (const Installment& inst : plan.installments) {
      if (inst.due < spec.from || inst.due > spec.today) continue;
      account(inst.amount.currency)
          .lines.push_back({inst.due, StatementKind::installment, plan.id,
                            "installment due under the plan", 0, 0, inst.amount.minor, 0});
    }
  }

  AgingSpec aging_spec;
  aging_spec.today = spec.today;
  aging_spec.basis = book.settings.aging.basis;
  aging_spec.buckets = book.settings.aging.buckets;
  aging_spec.customer = customer.id;
  AgingReport aging = aging_report(book, aging_spec);
  s.labels = aging.labels;

  for (auto& [currency, a] : accounts) {
    std::stable_sort(a.lines.begin(), a.lines.end(),
                     [](const StatementLine& x, const StatementLine& y) {
                       return std::tie(x.date, x.kind) < std::tie(y.date, y.kind);
                     });
    std::int64_t running = a.opening;
    for (StatementLine& line : a.lines) {
      running += line.debit - line.credit;
      line.balance = running;
    }
    a.closing = running;
    for (const AgingBlock& block : aging.blocks)
      if (block.currency == currency && !block.rows.empty()) a.aging = block.rows.front();
  }
  const std::string& home = book.settings.business.currency;
  if (auto it = accounts.find(home); it != accounts.end()) s.accounts.push_back(it->second);
  for (auto& [currency, a] : accounts)
    if (currency != home) s.accounts.push_back(std::move(a));

  Disputes disputes = find_disputes(book, spec.today);
  for (std::size_t i : records.invoices)
    if (disputes.disputed[i]) s.disputes.push_back({book.invoices[i].id, disputes.reason.at(i)});

  std::vector<std::size_t> contacts;
  for (std::size_t k : records.contacts)
    if (book.contacts[k].date <= spec.today) contacts.push_back(k);
  std::stable_sort(contacts.begin(), contacts.end(), [&](std::size_t a, std::size_t b) {
    return book.contacts[a].date < book.contacts[b].date;
  });
  // A promise is open until its date has passed or a later contact supersedes it.
  const ContactEntry* promise = nullptr;
  for (std::size_t k : contacts) {
    const ContactEntry& e = book.contacts[k];
    if (e.outcome == Outcome::promise)
      promise = &e;
    else if (e.outcome != Outcome::none && e.outcome != Outcome::no_answer)
      promise = nullptr;
    if (spec.history && e.date >= spec.from) s.history.push_back(k);
  }
  if (promise && promise->promise_date && *promise->promise_date >= spec.today)
    s.promises.push_back(
        {promise->date, *promise->promise_date, promise->with, promise->promise_amount});
  return s;
}

}  // namespace arcollect
