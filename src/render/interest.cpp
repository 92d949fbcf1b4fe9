#include "render/interest.hpp"

#include <fmt/format.h>

#include <map>

#include "render/json.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

struct Totals {
  std::int64_t balance = 0, interest = 0, compensation = 0, late_fee = 0;
  std::int64_t claim() const { return balance + interest + compensation + late_fee; }
};

std::map<std::string, Totals> totals_of(const Book& book, const CustomerCharges& customer) {
  std::map<std::string, Totals> totals;
  for (const auto& ic : customer.invoices) {
    Totals& t = totals[book.invoices[ic.invoice].amount.currency];
    t.balance += ic.balance;
    t.interest += ic.interest;
    t.compensation += ic.compensation;
    t.late_fee += ic.late_fee;
  }
  return totals;
}

std::string money(std::int64_t minor, const std::string& currency, bool grouping = true) {
  return format_minor(minor, minor_digits(currency), grouping);
}

}  // namespace

std::string charges_text(const Book& book, const ChargesReport& report, bool color) {
  std::string out = paint(fmt::format("Late-payment charges at {}", format_date(report.as_of)),
                          Style::bold, color) +
                    "\n" + report.law + "\n";
  if (!report.source.empty()) out += "Rates: " + report.source + "\n";
  if (report.customers.empty()) return out + "\nNothing is overdue.\n";
  for (const auto& customer : report.customers) {
    const Customer& c = book.customers[customer.customer];
    out += "\n" + paint(c.id, Style::bold, color) + "  " + c.name + "\n";
    for (const auto& ic : customer.invoices) {
      const Invoice& inv = book.invoices[ic.invoice];
      const std::string& cur = inv.amount.currency;
      out += fmt::format("  {}  {} {} owed, due {}\n", inv.id, money(ic.balance, cur), cur,
                         format_date(inv.due));
      Table table;
      table.align = {Align::left, Align::right, Align::right, Align::left, Align::right};
      for (const auto& p : ic.periods) {
        std::string rate = rate_text(p.rate);
        if (p.reference_date)
          rate += fmt::format(" ({} on {} + 8%)", rate_text(p.reference_rate),
                              format_date(*p.reference_date));
        table.rows.push_back({fmt::format("    {} to {}", format_date(p.from), format_date(p.to)),
                              fmt::format("{} days", p.days), money(p.balance, cur), "at " + rate,
                              money(p.interest, cur)});
      }
      out += render_table(table, color);
      out += fmt::format("    interest {}, then {} a day; compensation {}; late fee {}\n",
                         money(ic.interest, cur), money(ic.daily, cur), money(ic.compensation, cur),
                         money(ic.late_fee, cur));
    }
    for (const auto& [cur, t] : totals_of(book, customer))
      out += paint(fmt::format("  Total {}: owed {}, interest {}, compensation {}, late fee {}: "
                               "claim {}",
                               cur, money(t.balance, cur), money(t.interest, cur),
                               money(t.compensation, cur), money(t.late_fee, cur),
                               money(t.claim(), cur)),
                   Style::bold, color) +
             "\n";
  }
  return out;
}

std::string charges_json(const Book& book, const ChargesReport& report) {
  JsonArray customers;
  for (const auto& customer : report.customers) {
    const Customer& c = book.customers[customer.customer];
    JsonArray invoices;
    for (const auto& ic : customer.invoices) {
      const Invoice& inv = book.invoices[ic.invoice];
      const std::string& cur = inv.amount.currency;
      JsonArray periods, notes;
      for (const auto& p : ic.periods)
        periods.push_back(JsonObject{
            {"from", format_date(p.from)},
            {"to", format_date(p.to)},
            {"days", p.days},
            {"balance", money(p.balance, cur, false)},
            {"rate", format_minor(p.rate, 4)},
            {"reference_date", p.reference_date ? Json{format_date(*p.reference_date)} : Json{}},
            {"reference_rate", p.reference_date ? Json{format_minor(p.reference_rate, 4)} : Json{}},
            {"interest", money(p.interest, cur, false)}});
      for (const auto& note : ic.notes) notes.push_back(note);
      invoices.push_back(JsonObject{{"invoice", inv.id},
                                    {"currency", cur},
                                    {"due", format_date(inv.due)},
                                    {"basis", std::string(basis_name(ic.basis))},
                                    {"balance", money(ic.balance, cur, false)},
                                    {"periods", std::move(periods)},
                                    {"interest", money(ic.interest, cur, false)},
                                    {"daily", money(ic.daily, cur, false)},
                                    {"compensation", money(ic.compensation, cur, false)},
                                    {"late_fee", money(ic.late_fee, cur, false)},
                                    {"notes", std::move(notes)}});
    }
    JsonArray totals;
    for (const auto& [cur, t] : totals_of(book, customer))
      totals.push_back(JsonObject{{"currency", cur},
                                  {"balance", money(t.balance, cur, false)},
                                  {"interest", money(t.interest, cur, false)},
                                  {"compensation", money(t.compensation, cur, false)},
                                  {"late_fee", money(t.late_fee, cur, false)},
                                  {"claim", money(t.claim(), cur, false)}});
    customers.push_back(JsonObject{{"customer", c.id},
                                   {"name", c.name},
                                   {"invoices", std::move(invoices)},
                                   {"totals", std::move(totals)}});
  }
  return dump_json(JsonObject{{"as_of", format_date(report.as_of)},
                              {"law", report.law},
                              {"source", report.source.empty() ? Json{} : Json{report.source}},
                              {"customers", std::move(customers)}});
}

}  // namespace arcollect
