#include "render/customer.hpp"

#include <fmt/format.h>

#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string owed_text(const std::vector<Money>& owed) {
  std::vector<std::string> parts;
  for (const Money& m : owed) parts.push_back(money_text(m.minor, m.currency));
  return parts.empty() ? "-" : fmt::format("{}", fmt::join(parts, " + "));
}

std::string contact_line(const ContactPerson& person) {
  std::string out = fmt::format("  {} ({})", person.name, name_of(role_names(), person.role));
  if (!person.email.empty()) out += " " + person.email;
  if (!person.phone.empty()) out += " " + person.phone;
  return out + "\n";
}

const std::string& invoice_id(const Book& book, const CustomerListRow& row) {
  static const std::string none;
  return row.oldest_overdue ? book.invoices[*row.oldest_overdue].id : none;
}

}  // namespace

std::string customer_added_text(const Customer& c, const RecordFile& file) {
  std::string out = fmt::format("{} {}\n", file.written ? "Recorded" : "Would write", file.path);
  out += fmt::format("{}: {} ({})\n", c.id, c.name, name_of(customer_kind_names(), c.kind));
  if (!c.email.empty()) out += "  email " + c.email + "\n";
  if (c.terms_days)
    out += fmt::format("  terms {} day{}\n", *c.terms_days, *c.terms_days == 1 ? "" : "s");
  if (c.credit_limit)
    out += "  credit limit " + money_text(c.credit_limit->minor, c.credit_limit->currency) + "\n";
  if (!c.payment_run_text.empty()) out += "  pays on " + c.payment_run_text + "\n";
  for (const ContactPerson& person : c.contacts) out += contact_line(person);
  return out;
}

JsonObject customer_added_json(const Customer& c, const RecordFile& file) {
  JsonArray contacts;
  for (const ContactPerson& person : c.contacts)
    contacts.push_back(JsonObject{{"name", person.name},
                                  {"role", std::string(name_of(role_names(), person.role))},
                                  {"email", text_or_null(person.email)},
                                  {"phone", text_or_null(person.phone)}});
  JsonArray address;
  for (const std::string& line : c.address) address.push_back(line);
  Json limit;
  if (c.credit_limit) limit = money_json(*c.credit_limit);
  JsonObject out = files_json({file});
  out.emplace_back("customer", JsonObject{
                                   {"id", c.id},
                                   {"name", c.name},
                                   {"kind", std::string(name_of(customer_kind_names(), c.kind))},
                                   {"email", text_or_null(c.email)},
                                   {"terms_days", c.terms_days ? Json{*c.terms_days} : Json{}},
                                   {"credit_limit", std::move(limit)},
                                   {"payment_run", text_or_null(c.payment_run_text)},
                                   {"address", std::move(address)},
                                   {"contacts", std::move(contacts)},
                               });
  return out;
}

std::string customer_list_text(const Book& book, const CustomerList& list, bool color) {
  Table table;
  table.align = {Align::left,  Align::left, Align::right, Align::left,
                 Align::right, Align::left, Align::left,  Align::left};
  table.header = {"customer", "name",    "owed",      "oldest overdue",
                  "days",     "segment", "last step", "due today"};
  for (const CustomerListRow& row : list.rows) {
    const Customer& c = book.customers[row.customer];
    const std::string last = row.last_step.empty() ? "-"
                                                   : fmt::format("{} {}", row.last_step,
                                                                 format_date(*row.last_step_done));
    table.rows.push_back({
        c.id,
        c.name,
        owed_text(row.owed),
        row.oldest_overdue ? invoice_id(book, row) : "-",
        row.oldest_overdue ? Cell(std::to_string(row.days_overdue),
                                  row.days_overdue > 30 ? Style::red : Style::plain)
                           : Cell("-"),
        std::string(segment_name(row.segment)),
        last,
        row.step_today.empty() ? Cell("-") : Cell(row.step_today, Style::bold),
    });
  }
  return fmt::format("Customers as of {}\n\n", format_date(list.as_of)) +
         render_table(table, color);
}

JsonObject customer_list_json(const Book& book, const CustomerList& list) {
  JsonArray rows;
  for (const CustomerListRow& row : list.rows) {
    const Customer& c = book.customers[row.customer];
    Json oldest;
    if (row.oldest_overdue) {
      const Invoice& inv = book.invoices[*row.oldest_overdue];
      oldest = JsonObject{
          {"invoice", inv.id}, {"due", format_date(inv.due)}, {"days", row.days_overdue}};
    }
    Json last;
    if (!row.last_step.empty())
      last = JsonObject{{"step", row.last_step}, {"date", format_date(*row.last_step_done)}};
    rows.push_back(JsonObject{
        {"customer", c.id},
        {"name", c.name},
        {"kind", std::string(name_of(customer_kind_names(), c.kind))},
        {"owed", owed_json(row.owed)},
        {"oldest_overdue", std::move(oldest)},
        {"segment", std::string(segment_name(row.segment))},
        {"last_step", std::move(last)},
        {"step_today", text_or_null(row.step_today)},
    });
  }
  return JsonObject{{"customers", std::move(rows)}};
}

// One row per customer and currency owed (a customer owing nothing has one row, blank amount),
// so that the amounts stay numbers a spreadsheet can add.
std::string customer_list_csv(const Book& book, const CustomerList& list) {
  std::string out = csv_row({"customer", "name", "currency", "owed", "oldest_overdue", "days",
                             "segment", "last_step", "last_step_date", "step_today"});
  for (const CustomerListRow& row : list.rows) {
    const Customer& c = book.customers[row.customer];
    std::vector<Money> owed = row.owed;
    if (owed.empty()) owed.push_back(Money{0, ""});
    for (const Money& m : owed)
      out += csv_row(
          {c.id, c.name, m.currency, m.currency.empty() ? "" : format_amount(m.minor, m.currency),
           invoice_id(book, row), row.oldest_overdue ? std::to_string(row.days_overdue) : "",
           std::string(segment_name(row.segment)), row.last_step,
           row.last_step_done ? format_date(*row.last_step_done) : "", row.step_today});
  }
  return out;
}

}  // namespace arcollect
