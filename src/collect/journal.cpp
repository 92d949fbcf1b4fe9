#include "collect/journal.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace arcollect {

namespace {

bool in_range(Date day, const JournalSpec& spec) {
  return (!spec.from || day >= *spec.from) && (!spec.to || day <= *spec.to);
}

JournalEntry entry_for(Date date, JournalKind kind, const Customer& customer,
                       const std::string& currency) {
  JournalEntry entry;
  entry.date = date;
  entry.kind = kind;
  entry.customer = customer.id;
  entry.customer_name = customer.name;
  entry.currency = currency;
  return entry;
}

// Two postings: `minor` on the customer's receivable and its opposite on `other`.
void post(JournalEntry& entry, std::int64_t minor, JournalAccount other) {
  entry.postings = {{JournalAccount::receivable, minor}, {other, -minor}};
}

}  // namespace

Journal journal(const Book& book, const JournalSpec& spec) {
  Journal out;
  out.from = spec.from;
  out.to = spec.to;
  out.business_currency = book.settings.business.currency;

  std::map<std::string, std::vector<std::string>> plans_of;  // invoice id -> plan ids
  for (const Plan& plan : book.plans)
    for (const auto& id : plan.invoices) plans_of[id].push_back(plan.id);

  // What each customer owed before the range, per currency, in the order first met.
  std::map<std::pair<std::size_t, std::string>, std::int64_t> before;
  for (std::size_t c = 0; c < book.customers.size(); ++c) {
    const Customer& customer = book.customers[c];
    for (std::size_t i : book.by_customer[c].invoices) {
      const Invoice& inv = book.invoices[i];
      if (spec.from && inv.issued < *spec.from)
        before[{c, inv.amount.currency}] += inv.amount.minor;
      if (!in_range(inv.issued, spec)) continue;
      JournalEntry entry =
          entry_for(inv.issued, JournalKind::invoice, customer, inv.amount.currency);
      entry.invoice = inv.id;
      entry.due = inv.due;
      entry.po = inv.po;
      entry.description = inv.description;
      if (auto it = plans_of.find(inv.id); it != plans_of.end()) entry.plans = it->second;
      post(entry, inv.amount.minor, JournalAccount::income);
      out.entries.push_back(std::move(entry));
    }
    for (std::size_t p : book.by_customer[c].payments) {
      const Payment& pay = book.payments[p];
      if (spec.from && pay.date < *spec.from) before[{c, pay.amount.currency}] -= pay.amount.minor;
      if (!in_range(pay.date, spec)) continue;
      bool credit = pay.kind == PaymentKind::credit;
      JournalEntry entry = entry_for(pay.date, credit ? JournalKind::credit : JournalKind::payment,
                                     customer, pay.amount.currency);
      entry.invoice = pay.invoice;
      entry.description = pay.reason;
      entry.ref = pay.ref;
      entry.bank_id = pay.bank_id;
      post(entry, -pay.amount.minor, credit ? JournalAccount::credit_notes : JournalAccount::bank);
      out.entries.push_back(std::move(entry));
    }
  }
  for (const auto& [key, minor] : before) {
    if (minor == 0) continue;
    const Customer& customer = book.customers[key.first];
    JournalEntry entry = entry_for(*spec.from, JournalKind::opening, customer, key.second);
    post(entry, minor, JournalAccount::opening);
    out.entries.push_back(std::move(entry));
  }
  std::stable_sort(
      out.entries.begin(), out.entries.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return std::tie(a.date, a.kind, a.customer) < std::tie(b.date, b.kind, b.customer);
      });
  return out;
}

std::optional<Date> first_date(const Journal& journal) {
  if (journal.entries.empty()) return std::nullopt;
  return journal.entries.front().date;
}

}  // namespace arcollect
