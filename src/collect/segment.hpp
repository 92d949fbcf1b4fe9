// Customers by payment behaviour, and the collection strategy each segment calls for. The
// first segment whose test a customer meets is its segment:
//
//   at risk  over its credit limit, 2 or more promises broken, or an undisputed invoice more
//            than 60 days past due
//   new      fewer than 3 invoices due so far: too little history to judge
//   chronic  on average more than 30 days late
//   slow     on average more than 7 days late, under 80% (by amount) paid on time, or a
//            promise broken
//   prompt   everyone else
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "collect/behaviour.hpp"
#include "collect/reason.hpp"

namespace arcollect {

enum class Segment { at_risk, chronic, slow, new_customer, prompt };

constexpr int kAtRiskPastDue = 60;
constexpr int kAtRiskBrokenPromises = 2;
constexpr int kNewInvoices = 3;
constexpr int kChronicDaysLate = 30;
constexpr int kSlowDaysLate = 7;
constexpr int kSlowOnTime = 80;

struct CustomerSegment {
  Behaviour behaviour;
  Segment segment = Segment::prompt;
  std::vector<Reason> reasons;   // what put it there
  std::string ladder;            // the ladder set it is on; "" for the main ladder
  std::string suggested_ladder;  // the one its segment calls for
  bool suggested_exists = true;  // is that set in arcollect.toml?
};

struct SegmentSpec {
  Date today{};
  std::optional<Segment> only;
};

struct SegmentReport {
  Date as_of{};
  std::vector<CustomerSegment> customers;  // by segment, most urgent first, then by exposure
};

// As of the state's day (spec.today).
SegmentReport segment_report(const AccountState& state, const SegmentSpec& spec);

// The ladder set chronic and at-risk payers are moved to.
constexpr std::string_view kStrictLadder = "strict";

// Every segment, the most urgent first.
std::vector<Segment> all_segments();
std::string_view segment_name(Segment segment);  // "at-risk", "new", ...
std::optional<Segment> segment_named(std::string_view name);
std::string_view trend_name(Trend trend);  // "better", "steady", "worse", "" for none

}  // namespace arcollect
