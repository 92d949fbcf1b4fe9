#include "render/interest.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "render/json.hpp"
#include "render/percent.hpp"
#include "render/reason.hpp"
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
    if (ic.waived_by) continue;  // not claimed while the plan is kept
    Totals& t = totals[book.invoices[ic.invoice].amount.currency];
    t.balance += ic.balance;
    t.interest += ic.interest;
    t.compensation += ic.compensation;
    t.late_fee += ic.late_fee;
  }
  return totals;
}

// What the charges rest on, in one sentence.
std::string law_text(const ChargesReport& report) {
  switch (report.basis) {
    case InterestBasis::contractual:
      return fmt::format("contractual interest of {} a {}", rate_text(report.contractual_rate),
                         report.per == InterestSettings::Per::month ? "month" : "year");
    case InterestBasis::statutory_uk:
      return "Late Payment of Commercial Debts (Interest) Act 1998: 8% over the Bank of England "
             "Bank Rate of 31 December or 30 June before the debt fell due";
    case InterestBasis::statutory_eu:
      return "Directive 2011/7/EU: 8% over the ECB main refinancing rate of 1 January or 1 July "
             "of each half-year";
    case InterestBasis::none:
      break;
  }
  return "no interest (jurisdiction = \"none\" and no contractual rate)";
}

}  // namespace

std::string charges_text(const Book& book, const ChargesReport& report, bool color) {
  std::string out = paint(fmt::format("Late-payment charges at {}", format_date(report.as_of)),
                          Style::bold, color) +
                    "\n" + law_text(report) + "\n";
  if (!report.source.empty()) out += "Rates: " + report.source + "\n";
  std::set<std::string> unknown;
  for (const auto& customer : report.customers)
    for (const auto& ic : customer.invoices)
      for (const auto& note : ic.notes)
        if (note.kind == ReasonKind::rate_past_known &&
            unknown.insert(rate_assumed_line(note)).second)
          out += paint(rate_assumed_line(note), Style::yellow, color) + "\n";
  if (report.customers.empty()) return out + "\nNothing is overdue.\n";
  for (const auto& customer : report.customers) {
    const Customer& c = book.customers[customer.customer];
    out += "\n" + paint(c.id, Style::bold, color) + "  " + c.name + "\n";
    for (const auto& ic : customer.invoices) {
      const Invoice& inv = book.invoices[ic.invoice];
      const std::string& cur = inv.amount.currency;
      out += fmt::format("  {}  {} {} owed, due {}\n", inv.id, format_amount(ic.balance, cur, true),
                         cur, format_date(inv.due));
      Table table;
      table.align = {Align::left, Align::right, Align::right, Align::left, Align::right};
      for (const auto& p : ic.periods) {
        std::string rate = rate_text(p.rate);
        if (p.reference_date)
          rate += fmt::format(" ({}{} on {} + 8%)", rate_text(p.reference_rate),
                              p.reference_known ? "" : " assumed", format_date(*p.reference_date));
        table.rows.push_back({fmt::format("    {} to {}", format_date(p.from), format_date(p.to)),
                              day_count(p.days), format_amount(p.balance, cur, true), "at " + rate,
                              format_amount(p.interest, cur, true)});
      }
      out += render_table(table, color);
      out += fmt::format("    interest {}, then {} a day; compensation {}; late fee {}\n",
                         format_amount(ic.interest, cur, true), format_amount(ic.daily, cur, true),
                         format_amount(ic.compensation, cur, true),
                         format_amount(ic.late_fee, cur, true));
      if (ic.waived_by)
        out += fmt::format("    waived while plan {} is kept: not claimed, not in the total\n",
                           book.plans[*ic.waived_by].id);
      if (ic.broken_plan)
        out += fmt::format("    plan {} broke: what it waived runs from the original due date\n",
                           book.plans[*ic.broken_plan].id);
    }
    for (const auto& [cur, t] : totals_of(book, customer))
      out +=
          paint(fmt::format(
                    "  Total {}: owed {}, interest {}, compensation {}, late fee {}: "
                    "claim {}",
                    cur, format_amount(t.balance, cur, true), format_amount(t.interest, cur, true),
                    format_amount(t.compensation, cur, true), format_amount(t.late_fee, cur, true),
                    format_amount(t.claim(), cur, true)),
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
            {"balance", format_amount(p.balance, cur, false)},
            {"rate", format_minor(p.rate, 4)},
            {"reference_date", p.reference_date ? Json{format_date(*p.reference_date)} : Json{}},
            {"reference_rate", p.reference_date ? Json{format_minor(p.reference_rate, 4)} : Json{}},
            {"reference_known", p.reference_date ? Json{p.reference_known} : Json{}},
            {"interest", format_amount(p.interest, cur, false)}});
      for (const auto& note : ic.notes) notes.push_back(reason_text(note));
      invoices.push_back(JsonObject{
          {"invoice", inv.id},
          {"currency", cur},
          {"due", format_date(inv.due)},
          {"basis", std::string(basis_name(ic.basis))},
          {"balance", format_amount(ic.balance, cur, false)},
          {"periods", std::move(periods)},
          {"interest", format_amount(ic.interest, cur, false)},
          {"daily", format_amount(ic.daily, cur, false)},
          {"compensation", format_amount(ic.compensation, cur, false)},
          {"late_fee", format_amount(ic.late_fee, cur, false)},
          {"broken_plan", ic.broken_plan ? Json{book.plans[*ic.broken_plan].id} : Json{}},
          {"waived_by_plan", ic.waived_by ? Json{book.plans[*ic.waived_by].id} : Json{}},
          {"notes", std::move(notes)}});
    }
    JsonArray totals;
    for (const auto& [cur, t] : totals_of(book, customer))
      totals.push_back(JsonObject{{"currency", cur},
                                  {"balance", format_amount(t.balance, cur, false)},
                                  {"interest", format_amount(t.interest, cur, false)},
                                  {"compensation", format_amount(t.compensation, cur, false)},
                                  {"late_fee", format_amount(t.late_fee, cur, false)},
                                  {"claim", format_amount(t.claim(), cur, false)}});
    customers.push_back(JsonObject{{"customer", c.id},
                                   {"name", c.name},
                                   {"invoices", std::move(invoices)},
                                   {"totals", std::move(totals)}});
  }
  return dump_json(JsonObject{{"as_of", format_date(report.as_of)},
                              {"law", law_text(report)},
                              {"basis", std::string(basis_name(report.basis))},
                              {"source", text_or_null(report.source)},
                              {"customers", std::move(customers)}});
}

}  // namespace arcollect
