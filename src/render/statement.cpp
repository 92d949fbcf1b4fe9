#include "render/statement.hpp"

#include <fmt/format.h>

#include "render/aging.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/print_page.hpp"
#include "render/table.hpp"
#include "render/xml.hpp"

namespace arcollect {

namespace {

std::string promise_text(const StatementPromise& p) {
  std::string who = p.with.empty() ? "promised" : p.with + " promised";
  return fmt::format("{}: {} {} by {}", format_long_date(p.made), who,
                     p.amount ? money_text(p.amount->minor, p.amount->currency) : "to pay",
                     format_long_date(p.date));
}

std::string contact_text(const ContactEntry& e) {
  std::string out = fmt::format("{}  {}", format_date(e.date), name_of(channel_names(), e.channel));
  if (!e.with.empty()) out += "  " + e.with;
  if (!e.step.empty()) out += "  [" + e.step + "]";
  if (e.outcome != Outcome::none) out += "  " + std::string(name_of(outcome_names(), e.outcome));
  if (e.promise_date) out += " by " + format_date(*e.promise_date);
  if (e.promise_amount)
    out += " of " + money_text(e.promise_amount->minor, e.promise_amount->currency);
  if (!e.note.empty()) out += ": " + e.note;
  return out;
}

// The words of a line's description: the invoice's own, what a payment names and why, or what
// an installment is.
std::string line_description(const StatementLine& line) {
  if (line.kind == StatementKind::installment) return "installment due under the plan";
  if (line.names_invoice.empty()) return line.description;
  std::string text = "for " + line.names_invoice;
  if (!line.description.empty()) text += ": " + line.description;
  return text;
}

// An account's lines as a table: the opening balance, each line, and the closing balance as
// its footer. A "Plan due" column shows installments when the account has a plan.
Table account_table(const Statement& s, const StatementAccount& a) {
  bool plan = false;
  for (const auto& line : a.lines) plan = plan || line.kind == StatementKind::installment;
  Table t;
  t.header = {"Date", "Type", "Reference", "Description", "Debit", "Credit", "Balance"};
  t.align = {Align::left,  Align::left,  Align::left, Align::left,
             Align::right, Align::right, Align::right};
  if (plan) {
    t.header.insert(t.header.end() - 1, "Plan due");
    t.align.insert(t.align.end() - 1, Align::right);
  }
  auto row = [&](std::vector<Cell> cells, std::int64_t due) {
    if (plan)
      cells.insert(cells.end() - 1, due ? Cell(format_amount(due, a.currency, true)) : Cell(""));
    return cells;
  };
  t.rows.push_back(row({format_date(s.from), "", "", "Opening balance", "", "",
                        format_amount(a.opening, a.currency, true)},
                       0));
  for (const StatementLine& line : a.lines) {
    bool installment = line.kind == StatementKind::installment;
    t.rows.push_back(
        row({format_date(line.date), std::string(statement_kind_name(line.kind)), line.reference,
             line_description(line), line.debit ? format_amount(line.debit, a.currency, true) : "",
             line.credit ? format_amount(line.credit, a.currency, true) : "",
             installment ? Cell("") : Cell(format_amount(line.balance, a.currency, true))},
            line.due));
  }
  t.footer.push_back(row({format_date(s.to), "", "", "Closing balance", "", "",
                          Cell(format_amount(a.closing, a.currency, true), Style::bold)},
                         0));
  return t;
}

// What the account owes by age, and any credit not yet applied: a line each.
std::vector<std::string> account_summary(const Statement& s, const StatementAccount& a) {
  std::vector<std::string> lines;
  if (!a.aging) return lines;
  std::vector<std::string> parts;
  for (std::size_t b = 0; b < s.labels.size(); ++b)
    if (a.aging->buckets[b])
      parts.push_back(s.labels[b] + " " + format_amount(a.aging->buckets[b], a.currency, true));
  if (a.aging->total)
    lines.push_back(fmt::format("Owed {} {}: {}; oldest {}",
                                format_amount(a.aging->total, a.currency, true), a.currency,
                                fmt::join(parts, ", "), day_count(a.aging->days)));
  if (a.aging->credit)
    lines.push_back(fmt::format("Unapplied credit: {} {}",
                                format_amount(a.aging->credit, a.currency, true), a.currency));
  return lines;
}

std::string title(const Book& book, const Statement& s) {
  const Customer& customer = book.customers[s.customer];
  return fmt::format("Statement of account: {} ({})", customer.name, customer.id);
}

std::string period(const Statement& s) {
  return fmt::format("{} to {}", format_long_date(s.from), format_long_date(s.to));
}

// The sections after the accounts, each a heading and its lines.
std::vector<std::pair<std::string, std::vector<std::string>>> sections(const Book& book,
                                                                       const Statement& s) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  if (!s.promises.empty()) {
    auto& [heading, lines] = out.emplace_back("Open promises", std::vector<std::string>{});
    for (const auto& p : s.promises) lines.push_back(promise_text(p));
  }
  if (!s.disputes.empty()) {
    auto& [heading, lines] = out.emplace_back("Disputes", std::vector<std::string>{});
    for (const auto& d : s.disputes) lines.push_back(d.invoice + ": " + d.reason);
  }
  if (!s.history.empty()) {
    auto& [heading, lines] = out.emplace_back("Contact history", std::vector<std::string>{});
    for (std::size_t k : s.history) lines.push_back(contact_text(book.contacts[k]));
  }
  return out;
}

}  // namespace

std::string statement_text(const Book& book, const Statement& s, bool color) {
  std::string out = title(book, s) + "\n" + period(s) + "\n";
  if (s.accounts.empty()) out += "\nNo invoices or payments.\n";
  for (const StatementAccount& a : s.accounts) {
    out += "\n" + paint(a.currency, Style::bold, color) + "\n" +
           render_table(account_table(s, a), color);
    for (const std::string& line : account_summary(s, a)) out += line + "\n";
  }
  for (const auto& [heading, lines] : sections(book, s)) {
    out += "\n" + heading + "\n";
    for (const std::string& line : lines) out += "  " + line + "\n";
  }
  return out;
}

std::string statement_html(const Book& book, const Statement& s) {
  const Customer& customer = book.customers[s.customer];
  PrintPage page = business_page(book.settings.business);
  page.title = title(book, s);
  page.recipient.push_back(customer.name);
  page.recipient.insert(page.recipient.end(), customer.address.begin(), customer.address.end());
  page.date = format_long_date(s.to);
  std::string body = "<h1>" + xml_escape(page.title) + "</h1>\n" + html_lines({period(s)});
  if (s.accounts.empty()) body += html_lines({"No invoices or payments."});
  for (const StatementAccount& a : s.accounts) {
    body += "<h2>" + xml_escape(a.currency) + "</h2>\n" + html_table(account_table(s, a), "long");
    if (auto lines = account_summary(s, a); !lines.empty()) body += html_lines(lines);
  }
  for (const auto& [heading, lines] : sections(book, s)) {
    body += "<h2>" + xml_escape(heading) + "</h2>\n<ul>\n";
    for (const std::string& line : lines) body += "<li>" + xml_escape(line) + "</li>\n";
    body += "</ul>\n";
  }
  page.body_html = std::move(body);
  return print_document(page);
}

JsonObject statement_json(const Book& book, const Statement& s) {
  const Customer& customer = book.customers[s.customer];
  JsonArray accounts;
  for (const StatementAccount& a : s.accounts) {
    JsonArray lines;
    for (const StatementLine& l : a.lines) {
      // `reference` is one of three things; the document names each by what it is.
      const bool paid = l.kind == StatementKind::payment || l.kind == StatementKind::credit;
      const bool installment = l.kind == StatementKind::installment;
      lines.push_back(
          JsonObject{{"date", format_date(l.date)},
                     {"kind", std::string(statement_kind_name(l.kind))},
                     {"invoice", text_or_null(paid || installment ? l.names_invoice : l.reference)},
                     {"ref", paid ? text_or_null(l.reference) : Json{}},
                     {"plan", installment ? Json{l.reference} : Json{}},
                     {"description", text_or_null(line_description(l))},
                     {"debit", format_amount(l.debit, a.currency)},
                     {"credit", format_amount(l.credit, a.currency)},
                     {"plan_due", format_amount(l.due, a.currency)},
                     {"balance", format_amount(l.balance, a.currency)}});
    }
    JsonObject account{{"currency", a.currency},
                       {"opening", format_amount(a.opening, a.currency)},
                       {"lines", std::move(lines)},
                       {"closing", format_amount(a.closing, a.currency)}};
    if (a.aging) {
      account.emplace_back(
          "aging", JsonObject{{"days", a.aging->days},
                              {"buckets", buckets_json(s.ranges, a.aging->buckets, a.currency)},
                              {"total", format_amount(a.aging->total, a.currency)},
                              {"disputed", format_amount(a.aging->disputed, a.currency)},
                              {"credit", format_amount(a.aging->credit, a.currency)}});
    } else {
      account.emplace_back("aging", nullptr);  // nothing owed on the day
    }
    accounts.push_back(std::move(account));
  }
  JsonArray promises, disputes, history;
  for (const auto& p : s.promises)
    promises.push_back(JsonObject{{"made", format_date(p.made)},
                                  {"date", format_date(p.date)},
                                  {"with", text_or_null(p.with)},
                                  {"amount", p.amount ? Json(format_money(*p.amount)) : Json()},
                                  {"currency", p.amount ? Json(p.amount->currency) : Json()}});
  for (const auto& d : s.disputes)
    disputes.push_back(JsonObject{{"invoice", d.invoice}, {"reason", d.reason}});
  for (std::size_t k : s.history) {
    const ContactEntry& e = book.contacts[k];
    history.push_back(
        JsonObject{{"date", format_date(e.date)},
                   {"channel", std::string(name_of(channel_names(), e.channel))},
                   {"with", text_or_null(e.with)},
                   {"step", text_or_null(e.step)},
                   {"outcome", std::string(name_of(outcome_names(), e.outcome))},
                   {"promise_date", e.promise_date ? Json(format_date(*e.promise_date)) : Json()},
                   {"promise_amount", e.promise_amount ? money_json(*e.promise_amount) : Json()},
                   {"note", text_or_null(e.note)}});
  }
  return JsonObject{{"customer", customer.id},         {"name", customer.name},
                    {"from", format_date(s.from)},     {"to", format_date(s.to)},
                    {"accounts", std::move(accounts)}, {"promises", std::move(promises)},
                    {"disputes", std::move(disputes)}, {"history", std::move(history)}};
}

std::string statement_csv(const Book&, const Statement& s) {
  std::string out = csv_row({"currency", "date", "kind", "reference", "description", "debit",
                             "credit", "plan_due", "balance"});
  for (const StatementAccount& a : s.accounts) {
    const std::string& c = a.currency;
    out += csv_row(
        {c, format_date(s.from), "opening", "", "", "", "", "", format_amount(a.opening, c)});
    for (const StatementLine& l : a.lines)
      out += csv_row({c, format_date(l.date), std::string(statement_kind_name(l.kind)), l.reference,
                      line_description(l), format_amount(l.debit, c), format_amount(l.credit, c),
                      format_amount(l.due, c),
                      l.kind == StatementKind::installment ? "" : format_amount(l.balance, c)});
    out +=
        csv_row({c, format_date(s.to), "closing", "", "", "", "", "", format_amount(a.closing, c)});
  }
  return out;
}

}  // namespace arcollect
