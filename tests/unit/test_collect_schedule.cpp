// Plan schedules: exact sums, increasing dates, calendar-correct months, pay-run alignment.
#include <doctest/doctest.h>

#include <random>

#include "collect/schedule.hpp"

using namespace arcollect;

namespace {

std::vector<ScheduledPayment> schedule(ScheduleSpec spec) {
  PlanRefusalKind why = PlanRefusalKind::none;
  auto out = make_schedule(spec, why);
  CHECK(why == PlanRefusalKind::none);
  return out;
}

}  // namespace

TEST_CASE("steps: week, 2weeks, month and a number of days") {
  CHECK(parse_step("week")->count == 7);
  CHECK(parse_step("2weeks")->count == 14);
  CHECK(parse_step("month")->unit == Step::Unit::months);
  CHECK(parse_step("10d")->count == 10);
  CHECK_FALSE(parse_step("0d"));
  CHECK_FALSE(parse_step("d"));
  CHECK_FALSE(parse_step("10x"));
  CHECK_FALSE(parse_step("fortnightly"));
}

TEST_CASE("monthly steps keep the day where the month has it: 31 Jan, 28/29 Feb, 31 Mar") {
  Step month{Step::Unit::months, 1};
  CHECK(step_date(make_date(2026, 1, 31), month, 1) == make_date(2026, 2, 28));
  CHECK(step_date(make_date(2028, 1, 31), month, 1) == make_date(2028, 2, 29));
  CHECK(step_date(make_date(2026, 1, 31), month, 2) == make_date(2026, 3, 31));
  CHECK(step_date(make_date(2026, 1, 31), month, 3) == make_date(2026, 4, 30));
  CHECK(step_date(make_date(2026, 11, 30), month, 3) == make_date(2027, 2, 28));
}

TEST_CASE("a quarter down, then six weekly installments that sum to the balance") {
  ScheduleSpec spec;
  spec.balance = 703000;
  spec.today = make_date(2026, 11, 22);
  spec.start = make_date(2026, 11, 29);
  spec.down_share = 250'000;  // 25%: 1,757.50
  spec.installments = 6;
  auto s = schedule(spec);
  REQUIRE(s.size() == 7);
  CHECK(s[0].down);
  CHECK(s[0].due == spec.today);
  CHECK(s[1].amount == 87875);  // 5,272.50 / 6
  CHECK(s[6].amount == 87875);
  CHECK(s[6].due == make_date(2027, 1, 3));
  spec.round = 5000;  // to 50.00: 1,750.00 now, 850.00 each, the last takes the rest
  s = schedule(spec);
  CHECK(s[0].amount == 175000);
  CHECK(s[1].amount == 85000);
  CHECK(s[6].amount == 528000 - 5 * 85000);
}

TEST_CASE("a fixed amount each: as many as it takes, the last one smaller") {
  ScheduleSpec spec;
  spec.balance = 100000;
  spec.today = spec.start = make_date(2026, 1, 31);
  spec.every = {Step::Unit::months, 1};
  spec.amount = 30000;
  auto s = schedule(spec);
  REQUIRE(s.size() == 4);
  CHECK(s[3].amount == 10000);
  CHECK(s[1].due == make_date(2026, 2, 28));
  CHECK(s[3].due == make_date(2026, 4, 30));
}

TEST_CASE("installments move to the customer's pay run, never two on one day") {
  ScheduleSpec spec;
  spec.balance = 90000;
  spec.today = make_date(2026, 11, 22);
  spec.start = make_date(2026, 11, 23);
  spec.every = {Step::Unit::days, 7};
  spec.installments = 3;
  spec.pay_run = parse_pay_run("25");
  auto s = schedule(spec);
  REQUIRE(s.size() == 3);
  CHECK(s[0].due == make_date(2026, 11, 25));
  CHECK(s[1].due == make_date(2026, 12, 25));  // 30 Nov moves to the 25 Dec run
  CHECK(s[2].due == make_date(2027, 1, 25));   // 7 Dec would meet it there: the next run
}

TEST_CASE("a schedule that cannot be made says why") {
  PlanRefusalKind error = PlanRefusalKind::none;
  ScheduleSpec spec;
  spec.today = spec.start = make_date(2026, 1, 1);
  CHECK(make_schedule(spec, error).empty());
  CHECK(error == PlanRefusalKind::nothing_owed);
  spec.balance = 100;
  spec.down = 100;
  CHECK(make_schedule(spec, error).empty());
  CHECK(error == PlanRefusalKind::down_payment_too_large);
  spec.down = 0;
  CHECK(make_schedule(spec, error).empty());
  CHECK(error == PlanRefusalKind::no_count_or_amount);
  spec.installments = 2;
  spec.round = 1000;
  CHECK(make_schedule(spec, error).empty());
  CHECK(error == PlanRefusalKind::rounding_too_large);
  spec.round = 0;
  spec.installments = 101;
  CHECK(make_schedule(spec, error).empty());
  CHECK(error == PlanRefusalKind::more_installments_than_units);
  spec.balance = 100'000;
  spec.installments = kMaxInstallments + 1;
  CHECK(make_schedule(spec, error).empty());
  CHECK(error == PlanRefusalKind::too_many_installments);
}

TEST_CASE("property: for random plans the amounts sum exactly and the dates increase") {
  std::mt19937_64 random(20261122);
  const Step steps[] = {{Step::Unit::days, 7},
                        {Step::Unit::days, 14},
                        {Step::Unit::months, 1},
                        {Step::Unit::days, 10},
                        {Step::Unit::days, 1}};
  const std::int64_t rounds[] = {0, 1, 100, 500, 1000, 5000};
  const char* runs[] = {"", "25", "1,15", "last friday", "every tuesday", "31"};
  for (int trial = 0; trial < 3000; ++trial) {
    ScheduleSpec spec;
    spec.balance = 1 + static_cast<std::int64_t>(random() % 5'000'000);
    spec.today = add_days(make_date(2026, 1, 1), static_cast<int>(random() % 800));
    spec.start = add_days(spec.today, static_cast<int>(random() % 40));
    spec.every = steps[random() % 5];
    if (random() % 3 == 0 && spec.balance > 1)
      spec.down = static_cast<std::int64_t>(random() % spec.balance);
    else if (random() % 3 == 0)
      spec.down_share = static_cast<std::int64_t>(random() % 1'000'000);
    if (random() % 4 == 0)
      spec.amount = 1 + static_cast<std::int64_t>(random() % spec.balance);
    else
      spec.installments = 1 + static_cast<int>(random() % 24);
    spec.round = rounds[random() % 6];
    if (const char* run = runs[random() % 6]; *run) spec.pay_run = parse_pay_run(run);
    PlanRefusalKind why = PlanRefusalKind::none;
    auto s = make_schedule(spec, why);
    CAPTURE(trial);
    if (s.empty()) {
      CHECK(why != PlanRefusalKind::none);  // only for a reason it states
      continue;
    }
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      CHECK(s[i].amount > 0);
      if (i > 0) CHECK(s[i].due > s[i - 1].due);
      if (!s[i].down && spec.round > 0 && spec.amount == 0 && i + 1 < s.size())
        CHECK(s[i].amount % spec.round == 0);
      sum += s[i].amount;
    }
    CHECK(sum == spec.balance);
  }
}
