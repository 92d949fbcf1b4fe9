// A partial-payment plan proposed for a balance: an optional payment now, then installments
// at a regular step. Amounts are exact to the minor unit and always sum to the balance; the
// remainder of any rounding goes on the last installment. Monthly steps keep the start's day
// of the month where the month has it (31 Jan, 28 or 29 Feb, 31 Mar).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/plan_refusal.hpp"
#include "ledger/date.hpp"
#include "ledger/pay_run.hpp"

namespace arcollect {

struct Step {
  enum class Unit { days, months } unit = Unit::days;
  int count = 7;
};

// "week", "2weeks", "month", "10d": the step, or nothing when it is none of those.
std::optional<Step> parse_step(std::string_view text);

struct ScheduleSpec {
  std::int64_t balance = 0;  // minor units
  Date today{};              // the down payment falls due today
  Date start{};              // the first installment
  Step every;
  int installments = 0;           // how many after the down payment; or
  std::int64_t amount = 0;        // how much each is (the last takes what is left)
  std::int64_t down = 0;          // the payment now, in minor units; or
  std::int64_t down_share = 0;    // the payment now, in millionths of the balance (25%: 250000)
  std::int64_t round = 0;         // installments (and a down_share) are multiples of this
  std::optional<PayRun> pay_run;  // move each installment to the customer's next pay run
};

struct ScheduledPayment {
  Date due{};
  std::int64_t amount = 0;
  bool down = false;
};

// The schedule, or nothing and why there is none in `why`.
std::vector<ScheduledPayment> make_schedule(const ScheduleSpec& spec, PlanRefusalKind& why);

// `from` moved on by `n` steps.
Date step_date(Date from, const Step& step, int n);

}  // namespace arcollect
