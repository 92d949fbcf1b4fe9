#include "collect/segment.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

namespace arcollect {

namespace {

struct SegmentText {
  Segment segment;
  std::string_view name, title, rule, strategy;
};

constexpr std::array<SegmentText, 5> kSegments = {{
    {Segment::at_risk, "at-risk", "at risk",
     "over its credit limit, 2 or more promises broken, or an undisputed invoice more than 60 "
     "days past due",
     "Credit review: hold new work until the account is paid, ask for payment up front on any "
     "new order, offer a payment plan for what is owed, and take it to the finance contact; "
     "the strict ladder."},
    {Segment::chronic, "chronic", "chronic", "on average more than 30 days late",
     "Tighter cadence: the strict ladder, calls rather than emails, the late fee and interest "
     "charged as the terms allow; shorter terms or a deposit on new work."},
    {Segment::slow, "slow", "slow",
     "on average more than 7 days late, under 80% of the amount due paid on time, or a promise "
     "broken",
     "The standard ladder, with the courtesy reminder before the due date; learn the pay-run "
     "day and get invoices approved in time for it."},
    {Segment::new_customer, "new", "new", "fewer than 3 invoices due so far",
     "The standard ladder, with a courtesy call before the first due date: confirm the "
     "accounts-payable contact, the purchase-order process and the pay-run day."},
    {Segment::prompt, "prompt", "prompt", "pays on time: none of the above",
     "The standard ladder: a courtesy reminder is all it needs. Worth offering an early-payment "
     "discount or a higher credit limit."},
}};

const SegmentText& text_of(Segment segment) {
  for (const auto& text : kSegments)
    if (text.segment == segment) return text;
  return kSegments.back();
}

std::string days_text(const Tenths& tenths) {
  return tenths ? format_minor(*tenths, 1) : "-";
}

// The first segment whose test `b` meets, and why.
Segment classify(const Behaviour& b, std::vector<std::string>& reasons) {
  if (b.credit_limit && b.exposure > b.credit_limit->minor)
    reasons.push_back(fmt::format("owes {} against a credit limit of {}",
                                  money_text(b.exposure, b.credit_limit->currency),
                                  money_text(b.credit_limit->minor, b.credit_limit->currency)));
  if (b.promises_broken >= kAtRiskBrokenPromises)
    reasons.push_back(fmt::format("{} promises broken", b.promises_broken));
  if (b.oldest_past_due > kAtRiskPastDue)
    reasons.push_back(fmt::format("an invoice {} days past due", b.oldest_past_due));
  if (!reasons.empty()) return Segment::at_risk;

  if (b.invoices_due < kNewInvoices) {
    reasons.push_back(
        fmt::format("{} invoice{} due so far", b.invoices_due, b.invoices_due == 1 ? "" : "s"));
    return Segment::new_customer;
  }
  const std::int64_t late = b.days_late.value_or(0);
  const std::int64_t on_time = b.on_time_share.value_or(1000);
  if (late > kChronicDaysLate * 10) {
    reasons.push_back(fmt::format("{} days late on average", days_text(b.days_late)));
    return Segment::chronic;
  }

  if (late > kSlowDaysLate * 10)
    reasons.push_back(fmt::format("{} days late on average", days_text(b.days_late)));
  if (on_time < kSlowOnTime * 10)
    reasons.push_back(fmt::format("{}% paid on time", days_text(b.on_time_share)));
  if (b.promises_broken > 0) reasons.push_back("a promise broken");
  if (!reasons.empty()) return Segment::slow;

  reasons.push_back(fmt::format("{}% paid on time, {} days late on average",
                                days_text(b.on_time_share), days_text(b.days_late)));
  return Segment::prompt;
}

}  // namespace

SegmentReport segment_report(const AccountState& state, const SegmentSpec& spec) {
  const Book& book = state.book;
  SegmentReport report;
  report.as_of = state.today;
  for (Behaviour& b : payment_behaviour(state)) {
    CustomerSegment s;
    s.segment = classify(b, s.reasons);
    if (spec.only && s.segment != *spec.only) continue;
    s.ladder = book.customers[b.customer].ladder;
    if (s.segment == Segment::at_risk || s.segment == Segment::chronic) {
      s.suggested_ladder = kStrictLadder;
      s.suggested_exists = book.settings.ladder_sets.count(s.suggested_ladder) > 0;
    }
    s.behaviour = std::move(b);
    report.customers.push_back(std::move(s));
  }
  std::sort(report.customers.begin(), report.customers.end(),
            [&](const CustomerSegment& a, const CustomerSegment& b) {
              return std::make_tuple(a.segment, -a.behaviour.exposure,
                                     std::string_view(book.customers[a.behaviour.customer].id)) <
                     std::make_tuple(b.segment, -b.behaviour.exposure,
                                     std::string_view(book.customers[b.behaviour.customer].id));
            });
  return report;
}

std::vector<Segment> all_segments() {
  std::vector<Segment> segments;
  for (const auto& text : kSegments) segments.push_back(text.segment);
  return segments;
}

std::string_view segment_name(Segment segment) {
  return text_of(segment).name;
}

std::optional<Segment> segment_named(std::string_view name) {
  for (const auto& text : kSegments)
    if (text.name == name) return text.segment;
  return std::nullopt;
}

std::string_view segment_title(Segment segment) {
  return text_of(segment).title;
}

std::string_view segment_rule(Segment segment) {
  return text_of(segment).rule;
}

std::string_view segment_strategy(Segment segment) {
  return text_of(segment).strategy;
}

std::string_view trend_name(Trend trend) {
  switch (trend) {
    case Trend::better:
      return "better";
    case Trend::steady:
      return "steady";
    case Trend::worse:
      return "worse";
    default:
      return "";
  }
}

}  // namespace arcollect
