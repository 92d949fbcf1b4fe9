#include "render/segment.hpp"

#include <fmt/format.h>

#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/kpi.hpp"
#include "render/reason.hpp"
#include "render/table.hpp"
#include "render/wrap.hpp"

namespace arcollect {

namespace {

// Each segment's title, its test and the strategy it calls for, in words.
struct SegmentWords {
  Segment segment;
  std::string_view title, rule, strategy;
};

constexpr SegmentWords kSegmentWords[] = {
    {Segment::at_risk, "at risk",
     "over its credit limit, 2 or more promises broken, or an undisputed invoice more than 60 "
     "days past due",
     "Credit review: hold new work until the account is paid, ask for payment up front on any "
     "new order, offer a payment plan for what is owed, and take it to the finance contact; "
     "the strict ladder."},
    {Segment::chronic, "chronic", "on average more than 30 days late",
     "Tighter cadence: the strict ladder, calls rather than emails, the late fee and interest "
     "charged as the terms allow; shorter terms or a deposit on new work."},
    {Segment::slow, "slow",
     "on average more than 7 days late, under 80% of the amount due paid on time, or a promise "
     "broken",
     "The standard ladder, with the courtesy reminder before the due date; learn the pay-run "
     "day and get invoices approved in time for it."},
    {Segment::new_customer, "new", "fewer than 3 invoices due so far",
     "The standard ladder, with a courtesy call before the first due date: confirm the "
     "accounts-payable contact, the purchase-order process and the pay-run day."},
    {Segment::prompt, "prompt", "pays on time: none of the above",
     "The standard ladder: a courtesy reminder is all it needs. Worth offering an early-payment "
     "discount or a higher credit limit."},
};

const SegmentWords& words_of(Segment segment) {
  for (const auto& words : kSegmentWords)
    if (words.segment == segment) return words;
  return kSegmentWords[4];
}

std::string_view segment_title(Segment segment) {
  return words_of(segment).title;
}

std::string_view segment_rule(Segment segment) {
  return words_of(segment).rule;
}

std::string_view segment_strategy(Segment segment) {
  return words_of(segment).strategy;
}

std::string reasons_text(const std::vector<Reason>& reasons) {
  std::string out;
  for (const Reason& r : reasons) out += (out.empty() ? "" : "; ") + reason_text(r);
  return out;
}

std::string owed_text(const Behaviour& b) {
  std::vector<std::string> parts;
  for (const Money& m : b.owed) parts.push_back(money_text(m.minor, m.currency));
  return parts.empty() ? "-" : fmt::format("{}", fmt::join(parts, " + "));
}

std::string ladder_name(const std::string& set) {
  return set.empty() ? "main" : set;
}

// "main", or "main -> strict" when the segment calls for another ladder ("*": not defined).
std::string ladder_text(const CustomerSegment& s) {
  std::string text = ladder_name(s.ladder);
  if (s.suggested_ladder != s.ladder)
    text += " -> " + ladder_name(s.suggested_ladder) + (s.suggested_exists ? "" : "*");
  return text;
}

Style style_of(Segment segment) {
  return segment == Segment::at_risk   ? Style::red
         : segment == Segment::chronic ? Style::yellow
                                       : Style::plain;
}

}  // namespace

std::string segment_text(const Book& book, const SegmentReport& report, bool color) {
  std::string out =
      paint(fmt::format("Customers by payment behaviour at {}", format_date(report.as_of)),
            Style::bold, color) +
      "\n";
  if (report.customers.empty()) return out + "\nNo customers.\n";
  Table table;
  table.header = {"Segment", "Customer", "Due",      "Paid", "Days late", "On time",
                  "Trend",   "Broken",   "Disputes", "Owed", "Ladder"};
  for (auto& cell : table.header) cell.style = Style::bold;
  table.align = {Align::left, Align::left,  Align::right, Align::right, Align::right, Align::right,
                 Align::left, Align::right, Align::right, Align::right, Align::left};
  bool undefined_ladder = false;
  for (const CustomerSegment& s : report.customers) {
    const Behaviour& b = s.behaviour;
    undefined_ladder = undefined_ladder || (s.suggested_ladder != s.ladder && !s.suggested_exists);
    table.rows.push_back({Cell{std::string(segment_title(s.segment)), style_of(s.segment)},
                          book.customers[b.customer].id, std::to_string(b.invoices_due),
                          std::to_string(b.invoices_paid), tenths_or_dash(b.days_late),
                          tenths_or_dash(b.on_time_share, "%"), std::string(trend_name(b.trend)),
                          fmt::format("{}/{}", b.promises_broken, b.promises),
                          std::to_string(b.disputes), owed_text(b), ladder_text(s)});
  }
  out += "\n" + render_table(table, color);
  out += "\n" + fill("",
                     "Due and Paid count invoices; Days late is the average (by amount) over "
                     "those due, open ones so far; Broken is promises broken of those made.");
  if (undefined_ladder)
    out += fill("", fmt::format("* arcollect.toml has no [[ladder_sets.{}]] yet: define it to "
                                "give these customers a tighter cadence.",
                                kStrictLadder));

  for (Segment segment : all_segments()) {
    std::string members;
    for (const CustomerSegment& s : report.customers)
      if (s.segment == segment)
        members += fill("  ", fmt::format("{}: {}", book.customers[s.behaviour.customer].id,
                                          reasons_text(s.reasons)));
    if (members.empty()) continue;
    out += "\n" + paint(std::string(segment_title(segment)), Style::bold, color) + "\n" +
           fill("  ", "Rule: " + std::string(segment_rule(segment))) + members +
           fill("  ", "Strategy: " + std::string(segment_strategy(segment)));
  }
  return out;
}

JsonObject segment_json(const Book& book, const SegmentReport& report) {
  auto tenths = [](const Tenths& value) { return value ? Json{tenths_text(value)} : Json{}; };
  JsonArray customers;
  for (const CustomerSegment& s : report.customers) {
    const Behaviour& b = s.behaviour;
    const Customer& customer = book.customers[b.customer];
    JsonArray reasons, why;
    for (const Reason& r : s.reasons) {
      reasons.push_back(reason_text(r));
      why.push_back(reason_json(r));
    }
    Json limit, exposure;
    if (b.credit_limit) {
      limit = money_json(*b.credit_limit);
      exposure = money_json(b.exposure, b.credit_limit->currency);
    }
    customers.push_back(JsonObject{
        {"customer", customer.id},
        {"name", customer.name},
        {"segment", std::string(segment_name(s.segment))},
        {"reasons", std::move(reasons)},
        {"why", std::move(why)},
        {"strategy", std::string(segment_strategy(s.segment))},
        {"invoices_due", b.invoices_due},
        {"invoices_paid", b.invoices_paid},
        {"average_days_late", tenths(b.days_late)},
        {"on_time_share", tenths(b.on_time_share)},
        {"recent_days_late", tenths(b.recent_days_late)},
        {"earlier_days_late", tenths(b.earlier_days_late)},
        {"trend", b.trend == Trend::none ? Json{} : Json{std::string(trend_name(b.trend))}},
        {"promises_made", b.promises},
        {"promises_kept", b.promises_kept},
        {"promises_broken", b.promises_broken},
        {"disputes_raised", b.disputes},
        {"oldest_past_due", b.oldest_past_due},
        {"owed", owed_json(b.owed)},
        {"credit_limit", std::move(limit)},
        {"exposure", std::move(exposure)},
        {"ladder", ladder_name(s.ladder)},
        {"suggested_ladder", ladder_name(s.suggested_ladder)},
        {"suggested_ladder_defined", s.suggested_exists},
    });
  }
  JsonArray segments;
  for (Segment segment : all_segments())
    segments.push_back(JsonObject{{"segment", std::string(segment_name(segment))},
                                  {"rule", std::string(segment_rule(segment))},
                                  {"strategy", std::string(segment_strategy(segment))}});
  return JsonObject{{"segments", std::move(segments)}, {"customers", std::move(customers)}};
}

std::string segment_csv(const Book& book, const SegmentReport& report) {
  std::string out = csv_row({"customer",          "name",
                             "segment",           "invoices_due",
                             "invoices_paid",     "average_days_late",
                             "on_time_share",     "recent_days_late",
                             "earlier_days_late", "trend",
                             "promises",          "promises_kept",
                             "promises_broken",   "disputes",
                             "oldest_past_due",   "owed",
                             "credit_limit",      "ladder",
                             "suggested_ladder",  "reasons"});
  for (const CustomerSegment& s : report.customers) {
    const Behaviour& b = s.behaviour;
    const Customer& customer = book.customers[b.customer];
    std::vector<std::string> owed;
    for (const Money& m : b.owed) owed.push_back(money_text(m.minor, m.currency));
    out +=
        csv_row({customer.id,
                 customer.name,
                 std::string(segment_name(s.segment)),
                 std::to_string(b.invoices_due),
                 std::to_string(b.invoices_paid),
                 tenths_text(b.days_late),
                 tenths_text(b.on_time_share),
                 tenths_text(b.recent_days_late),
                 tenths_text(b.earlier_days_late),
                 std::string(trend_name(b.trend)),
                 std::to_string(b.promises),
                 std::to_string(b.promises_kept),
                 std::to_string(b.promises_broken),
                 std::to_string(b.disputes),
                 std::to_string(b.oldest_past_due),
                 fmt::format("{}", fmt::join(owed, " + ")),
                 b.credit_limit ? money_text(b.credit_limit->minor, b.credit_limit->currency) : "",
                 ladder_name(s.ladder),
                 ladder_name(s.suggested_ladder),
                 reasons_text(s.reasons)});
  }
  return out;
}

}  // namespace arcollect
