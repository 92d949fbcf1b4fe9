#include "collect/segment.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

namespace arcollect {

namespace {

struct SegmentName {
  Segment segment;
  std::string_view name;
};

// The most urgent first.
constexpr std::array<SegmentName, 5> kSegments = {{
    {Segment::at_risk, "at-risk"},
    {Segment::chronic, "chronic"},
    {Segment::slow, "slow"},
    {Segment::new_customer, "new"},
    {Segment::prompt, "prompt"},
}};

const SegmentName& text_of(Segment segment) {
  for (const auto& text : kSegments)
    if (text.segment == segment) return text;
  return kSegments.back();
}

// The first segment whose test `b` meets, and why.
Segment classify(const Behaviour& b, std::vector<Reason>& reasons) {
  auto add = [&](ReasonKind kind) -> Reason& { return reasons.emplace_back(kind); };
  if (b.credit_limit && b.exposure > b.credit_limit->minor) {
    Reason& why = add(ReasonKind::owes_over_limit);
    why.amount = Money{b.exposure, b.credit_limit->currency};
    why.limit = b.credit_limit;
  }
  if (b.promises_broken >= kAtRiskBrokenPromises)
    add(ReasonKind::promises_broken).count = b.promises_broken;
  if (b.oldest_past_due > kAtRiskPastDue)
    add(ReasonKind::invoice_past_due).days = b.oldest_past_due;
  if (!reasons.empty()) return Segment::at_risk;

  if (b.invoices_due < kNewInvoices) {
    add(ReasonKind::few_invoices_due).count = b.invoices_due;
    return Segment::new_customer;
  }
  const std::int64_t late = b.days_late.value_or(0);
  const std::int64_t on_time = b.on_time_share.value_or(1000);
  if (late > kChronicDaysLate * 10) {
    add(ReasonKind::days_late_average).late = b.days_late;
    return Segment::chronic;
  }

  if (late > kSlowDaysLate * 10) add(ReasonKind::days_late_average).late = b.days_late;
  if (on_time < kSlowOnTime * 10) add(ReasonKind::paid_on_time_share).on_time = b.on_time_share;
  if (b.promises_broken > 0) add(ReasonKind::a_promise_broken);
  if (!reasons.empty()) return Segment::slow;

  Reason& why = add(ReasonKind::pays_on_time);
  why.on_time = b.on_time_share;
  why.late = b.days_late;
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
