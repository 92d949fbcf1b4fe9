#include "render/interest.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <set>

#include "collect/law.hpp"
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

// When the law takes its reference rate, in words.
std::string fixing_words(const LawProfile& law) {
  const bool eve = law.fixing_day == FixingDay::eve;
  if (law.fixing == RateFixing::debt)
    return eve ? "of 31 December or 30 June before the debt became late, for the whole debt"
               : "of 1 January or 1 July of the half-year the debt became late, for the whole "
                 "debt";
  return eve ? "of 31 December or 30 June before each half-year"
             : "of 1 January or 1 July of each half-year";
}

}  // namespace

std::string law_rule_text(const LawProfile& law) {
  std::string text = fmt::format("{}: {} over the {} {}", law.law_en, rate_text(law.margin),
                                 law.reference, fixing_words(law));
  if (law.round_up_to)
    text += fmt::format(", rounded up to a multiple of {}", rate_text(law.round_up_to));
  if (law.day_count == DayCount::actual_actual) text += "; a leap year has 366 days";
  if (law.capitalised_yearly) text += "; unpaid interest joins the principal after each year";
  if (!law.interest_first.empty())
    text += fmt::format("; a part payment goes to interest first ({})", law.interest_first);
  if (law.consumer_margin)
    text += fmt::format("; from a consumer {} under {}, without compensation",
                        rate_text(*law.consumer_margin), law.consumer_law_en);
  text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

namespace {

// What the charges rest on: a sentence per law, or the contract.
std::vector<std::string> law_lines(const ChargesReport& report) {
  if (report.basis == InterestBasis::contractual)
    return {fmt::format("Contractual interest of {} a {}", rate_text(report.contractual_rate),
                        report.per == InterestSettings::Per::month ? "month" : "year")};
  std::vector<std::string> lines;
  for (Jurisdiction code : report.laws)
    if (const LawProfile* law = law_profile(code)) lines.push_back(law_rule_text(*law));
  if (lines.empty())
    lines.push_back("No interest (jurisdiction = \"none\" and no contractual rate)");
  return lines;
}

// "(2.27% on 2025-01-01 + 9%)": where a period's statutory rate comes from.
std::string reference_text(const InvoiceCharges& ic, Date due, const InterestPeriod& p) {
  const LawProfile* law = law_profile(ic.law);
  if (!law || !p.reference_date) return "";
  const std::int64_t margin = law_margin(*law, ic.consumer);
  // A published figure the formula does not give, or gives only from a guessed reference,
  // stands on its publication.
  if (!formula_explains(p))
    return fmt::format(" (as published for the half-year from {})",
                       format_date(rate_half_year(*law, due, p.from)));
  return fmt::format(" ({}{} on {} + {}{})", rate_text(p.reference_rate),
                     p.reference_known ? "" : " assumed", format_date(*p.reference_date),
                     rate_text(margin), p.rate != p.reference_rate + margin ? ", rounded up" : "");
}

}  // namespace

std::string charges_text(const Book& book, const ChargesReport& report, bool color) {
  std::string out = paint(fmt::format("Late-payment charges at {}", format_date(report.as_of)),
                          Style::bold, color) +
                    "\n";
  for (const std::string& line : law_lines(report)) out += line + "\n";
  for (const std::string& source : report.sources) out += "Rates: " + source + "\n";
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
        if (p.capitalised)
          table.rows.push_back({fmt::format("    {}", format_date(p.from)), "",
                                format_amount(p.capitalised, cur, true),
                                "interest of the year past, added to the principal", ""});
        if (p.to_interest)
          table.rows.push_back(
              {fmt::format("    {}", format_date(p.from)), "",
               format_amount(p.to_interest, cur, true),
               fmt::format("paid to interest first ({})", law_profile(ic.law)->interest_first),
               ""});
        std::string rate = rate_text(p.rate) + reference_text(ic, inv.due, p);
        if (p.year_days != 365) rate += fmt::format(", {}-day year", p.year_days);
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

JsonObject charges_json(const Book& book, const ChargesReport& report) {
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
            {"published", p.published},
            {"year_days", p.year_days},
            {"capitalised", format_amount(p.capitalised, cur, false)},
            {"to_interest", format_amount(p.to_interest, cur, false)},
            {"interest", format_amount(p.interest, cur, false)}});
      for (const auto& note : ic.notes) notes.push_back(reason_text(note));
      invoices.push_back(JsonObject{
          {"invoice", inv.id},
          {"currency", cur},
          {"due", format_date(inv.due)},
          {"basis", basis_name(ic.basis, ic.law)},
          {"law", ic.basis == InterestBasis::statutory
                      ? Json{std::string(name_of(jurisdiction_names(), ic.law))}
                      : Json{}},
          {"consumer", ic.consumer},
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
  JsonArray laws, sources, rules;
  for (Jurisdiction code : report.laws)
    laws.push_back(std::string(name_of(jurisdiction_names(), code)));
  for (const std::string& source : report.sources) sources.push_back(source);
  for (const std::string& line : law_lines(report)) rules.push_back(line);
  return JsonObject{{"basis", report.basis == InterestBasis::statutory
                                  ? Json{"statutory"}
                                  : Json{basis_name(report.basis, Jurisdiction::none)}},
                    {"laws", std::move(laws)},
                    {"rules", std::move(rules)},
                    {"sources", std::move(sources)},
                    {"customers", std::move(customers)}};
}

}  // namespace arcollect
