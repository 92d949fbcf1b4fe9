#include "collect/statement.hpp"

#include <algorithm>
#include <map>
#include <tuple>

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

Statement statement(const AccountState& state, std::size_t c, const StatementSpec& spec) {
  const Book& book = state.book;
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
    a.lines.push_back({inv.issued, StatementKind::invoice, inv.id, inv.description, "",
                       inv.amount.minor, 0, 0, 0});
  }
  for (std::size_t p : records.payments) {
    const Payment& pay = book.payments[p];
    if (pay.date > spec.today) continue;
    StatementAccount& a = account(pay.amount.currency);
    if (pay.date < spec.from) {
      a.opening -= pay.amount.minor;
      continue;
    }
    a.lines.push_back(
        {pay.date, pay.kind == PaymentKind::credit ? StatementKind::credit : StatementKind::payment,
         pay.ref, pay.reason, pay.invoice, 0, pay.amount.minor, 0, 0});
  }
  for (std::size_t p : records.plans) {
    const Plan& plan = book.plans[p];
    for (const Installment& inst : plan.installments) {
      if (inst.due < spec.from || inst.due > spec.today) continue;
      account(inst.amount.currency)
          .lines.push_back(
              {inst.due, StatementKind::installment, plan.id, "", "", 0, 0, inst.amount.minor, 0});
    }
  }

  AgingSpec aging_spec;
  aging_spec.basis = book.settings.aging.basis;
  aging_spec.buckets = book.settings.aging.buckets;
  aging_spec.customer = customer.id;
  AgingReport aging = aging_report(state, aging_spec);
  s.labels = aging.labels;
  s.ranges = aging.ranges;

  for (auto& [currency, a] : accounts) {
    // One day's lines in an order of their own content, never of their files' names: two
    // clones that merged print the same statement as one ledger that recorded it all.
    std::sort(a.lines.begin(), a.lines.end(), [](const StatementLine& x, const StatementLine& y) {
      return std::tie(x.date, x.kind, x.reference, x.names_invoice, x.debit, x.credit, x.due,
                      x.description) < std::tie(y.date, y.kind, y.reference, y.names_invoice,
                                                y.debit, y.credit, y.due, y.description);
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

  for (std::size_t i : records.invoices)
    if (state.disputed(i) && book.invoices[i].issued <= spec.today)
      s.disputes.push_back({book.invoices[i].id, state.disputes.reason.at(i)});

  std::vector<std::size_t> contacts;
  for (std::size_t k : records.contacts)
    if (book.contacts[k].date <= spec.today) contacts.push_back(k);
  std::sort(contacts.begin(), contacts.end(), [&](std::size_t a, std::size_t b) {
    const ContactEntry& x = book.contacts[a];
    const ContactEntry& y = book.contacts[b];
    return std::tie(x.date, x.channel, x.step, x.with, x.outcome, x.promise_date, x.invoices,
                    x.note, x.message_id, a) < std::tie(y.date, y.channel, y.step, y.with,
                                                        y.outcome, y.promise_date, y.invoices,
                                                        y.note, y.message_id, b);
  });
  for (std::size_t k : contacts)
    if (spec.history && book.contacts[k].date >= spec.from) s.history.push_back(k);
  // The latest promise, while the promise rule has it pending.
  if (const PromiseOutcome* promise = state.latest_promise(c);
      promise && promise->state == PromiseState::pending) {
    const ContactEntry& made = book.contacts[promise->contact];
    s.promises.push_back({made.date, *made.promise_date, made.with, made.promise_amount});
  }
  return s;
}

}  // namespace arcollect
