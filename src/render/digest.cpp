#include "render/digest.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "ledger/fnv1a.hpp"
#include "render/agenda.hpp"
#include "render/diagnostics.hpp"
#include "render/eml.hpp"
#include "render/letter_words.hpp"
#include "render/reason.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

// The totals of `aging` per currency, with what is overdue (by due date, whatever the basis).
std::string aging_totals(const AgingReport& aging, const std::vector<Money>& overdue) {
  Table table;
  table.header = {"Currency"};
  table.align = {Align::left};
  for (const std::string& label : aging.labels) {
    table.header.emplace_back(label == "current" ? "Current" : label);
    table.align.push_back(Align::right);
  }
  table.header.emplace_back("Total");
  table.header.emplace_back("Overdue");
  table.align.insert(table.align.end(), {Align::right, Align::right});
  for (const AgingBlock& block : aging.blocks) {
    std::vector<Cell> row = {block.currency};
    for (std::int64_t sum : block.buckets)
      row.emplace_back(format_money({sum, block.currency}, true));
    row.emplace_back(format_money({block.total, block.currency}, true));
    auto late = std::find_if(overdue.begin(), overdue.end(),
                             [&](const Money& m) { return m.currency == block.currency; });
    row.emplace_back(format_money({late == overdue.end() ? 0 : late->minor, block.currency}, true));
    table.rows.push_back(std::move(row));
  }
  return render_table(table, false);
}

std::string changes(const Book& book, const Digest& d) {
  std::string out;
  if (!d.newly_overdue.empty()) {
    out += "Fell overdue\n";
    Table table;
    table.align = {Align::left, Align::left, Align::right, Align::left, Align::left};
    for (const DigestInvoice& late : d.newly_overdue) {
      const Invoice& inv = book.invoices[late.invoice];
      table.rows.push_back({"  " + inv.id, inv.customer, format_money(late.owed, true),
                            late.owed.currency, "due " + format_date(inv.due)});
    }
    out += render_table(table, false);
  }
  if (!d.broken_promises.empty()) {
    out += "Promises broken\n";
    for (const DigestPromise& p : d.broken_promises)
      out += fmt::format("  {}  {}\n", book.customers[p.customer].id, reason_text(p.reason));
  }
  if (!d.payments.empty()) {
    out += "Payments received\n";
    Table table;
    table.align = {Align::left, Align::left, Align::right, Align::left, Align::left};
    for (std::size_t p : d.payments) {
      const Payment& pay = book.payments[p];
      table.rows.push_back({"  " + format_date(pay.date), pay.customer,
                            format_money(pay.amount, true), pay.amount.currency, pay.ref});
    }
    out += render_table(table, false);
  }
  if (out.empty()) out = "Nothing fell overdue, no promise was broken and no payment came in.\n";
  return out;
}

}  // namespace

std::string digest_subject(const Book& book, const Digest& d) {
  const std::size_t n = d.agenda.actions.size();
  std::vector<std::string> overdue;
  for (const Money& m : d.overdue)
    overdue.push_back(letter_money(m.minor, m.currency, LetterSettings::Money::symbol));
  std::string owed =
      overdue.empty() ? "nothing overdue" : fmt::format("{} overdue", fmt::join(overdue, " and "));
  return fmt::format("arcollect: {} action{}, {} ({})", n, n == 1 ? "" : "s", owed,
                     book.settings.business.name);
}

std::string digest_body(const Book& book, const Digest& d, std::size_t warnings) {
  std::string out = agenda_text(d.agenda, !d.agenda.upcoming.empty(), false);
  out += fmt::format("\nOwed on {}, by days past the {} date\n", format_date(d.today),
                     d.aging.basis == AgingBasis::issued ? "issue" : "due");
  out += aging_totals(d.aging, d.overdue);  // something is owed: there are actions
  out += fmt::format("\nSince {}, the previous working day\n", format_date(d.since));
  out += changes(book, d);
  if (warnings) {
    std::string line = ledger_warnings_text(warnings);
    line[0] = 'T';
    out += "\n" + line + ".\n";
  }
  return out;
}

std::string digest_eml(const Book& book, const Digest& d, std::size_t warnings,
                       const std::string& to, const std::string& date) {
  if (d.agenda.actions.empty()) return "";
  const Business& business = book.settings.business;
  const std::string& from = business.email.empty() ? to : business.email;
  EmailMessage m;
  m.from = {"arcollect", from};
  m.to = {{"", to}};
  m.subject = digest_subject(book, d);
  m.date = date;
  m.message_id = fmt::format("<{}.digest.{:08x}@{}>", format_date(d.today),
                             static_cast<std::uint32_t>(fnv1a(to + "\n" + business.name)),
                             message_id_domain(from));
  m.body = digest_body(book, d, warnings);
  return render_eml(m);
}

}  // namespace arcollect
