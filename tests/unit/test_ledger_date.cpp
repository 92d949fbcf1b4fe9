#include <doctest/doctest.h>

#include "ledger/date.hpp"
#include "ledger/pay_run.hpp"

using namespace arcollect;

TEST_CASE("parse_date accepts real calendar days only") {
  CHECK(parse_date("2026-11-22") == make_date(2026, 11, 22));
  CHECK(parse_date("2024-02-29") == make_date(2024, 2, 29));
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-1-01"));
  CHECK_FALSE(parse_date("22/11/2026"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("dates format and count days") {
  CHECK(format_date(make_date(2026, 1, 5)) == "2026-01-05");
  CHECK(days_between(make_date(2026, 10, 30), make_date(2026, 11, 22)) == 23);
  CHECK(days_between(make_date(2026, 11, 22), make_date(2026, 10, 30)) == -23);
  CHECK(add_days(make_date(2026, 12, 31), 1) == make_date(2027, 1, 1));
}

TEST_CASE("pay runs parse the four forms") {
  auto day = parse_pay_run("25");
  REQUIRE(day);
  CHECK(day->kind == PayRun::Kind::days_of_month);
  CHECK(day->days == std::vector<unsigned>{25});
  auto twice = parse_pay_run("15, 1");
  REQUIRE(twice);
  CHECK(twice->days == std::vector<unsigned>{1, 15});
  auto last = parse_pay_run("Last Friday");
  REQUIRE(last);
  CHECK(last->kind == PayRun::Kind::last_weekday);
  CHECK(last->weekday == 5);
  auto weekly = parse_pay_run("every tuesday");
  REQUIRE(weekly);
  CHECK(weekly->kind == PayRun::Kind::weekly);
  CHECK(weekly->weekday == 2);
  for (const char* bad : {"", "32", "0", "last", "every day", "fortnightly", "1,,15", "1;15"})
    CHECK_MESSAGE(!parse_pay_run(bad), bad);
}

TEST_CASE("next_pay_run finds the first run on or after a date") {
  CHECK(next_pay_run(*parse_pay_run("25"), make_date(2026, 11, 22)) == make_date(2026, 11, 25));
  CHECK(next_pay_run(*parse_pay_run("25"), make_date(2026, 11, 26)) == make_date(2026, 12, 25));
  CHECK(next_pay_run(*parse_pay_run("31"), make_date(2026, 2, 1)) == make_date(2026, 2, 28));
  CHECK(next_pay_run(*parse_pay_run("1,15"), make_date(2026, 11, 16)) == make_date(2026, 12, 1));
  // The last Friday of November 2026 is the 27th.
  CHECK(next_pay_run(*parse_pay_run("last friday"), make_date(2026, 11, 22)) ==
        make_date(2026, 11, 27));
  CHECK(next_pay_run(*parse_pay_run("last friday"), make_date(2026, 11, 28)) ==
        make_date(2026, 12, 25));
  // 22 November 2026 is a Sunday.
  CHECK(next_pay_run(*parse_pay_run("every tuesday"), make_date(2026, 11, 22)) ==
        make_date(2026, 11, 24));
  CHECK(next_pay_run(*parse_pay_run("every sunday"), make_date(2026, 11, 22)) ==
        make_date(2026, 11, 22));
}

TEST_CASE("dates in words") {
  CHECK(format_day_month(make_date(2026, 11, 14)) == "14 Nov");
  CHECK(format_day_month(make_date(2026, 9, 3)) == "3 Sep");
  CHECK(format_long_date(make_date(2026, 6, 30)) == "30 June 2026");
}

TEST_CASE("the calendar arithmetic behind a Date of plain days") {
  CHECK(make_date(1970, 1, 1).days_since_epoch() == 0);
  CHECK(civil_of(make_date(2028, 2, 29)).day == 29);
  CHECK(add_months(make_date(2026, 1, 31), 1) == make_date(2026, 2, 28));
  CHECK(add_months(make_date(2028, 1, 31), 1) == make_date(2028, 2, 29));
  CHECK(add_months(make_date(2026, 12, 7), -11) == make_date(2026, 1, 7));
  CHECK(add_months(make_date(2026, 11, 30), 3) == make_date(2027, 2, 28));
  CHECK(month_length(2026, 2) == 28);
  CHECK(month_length(2000, 2) == 29);
  CHECK(month_length(2026, 12) == 31);
  CHECK(weekday_of(make_date(2026, 12, 7)) == 1);  // a Monday
  CHECK(weekday_of(make_date(2026, 12, 6)) == 0);
  CHECK(is_leap_year(2000));
  CHECK_FALSE(is_leap_year(2100));
  // A day past the month's end runs on: 29 February in a common year is 1 March.
  CHECK(make_date(2029, 2, 29) == make_date(2029, 3, 1));
  CHECK_FALSE(valid_date(2029, 2, 29));
  CHECK(Date::min() < make_date(1900, 1, 1));
  CHECK(make_date(2999, 12, 31) < Date::max());
  CHECK(half_year_start(make_date(2026, 12, 7)) == make_date(2026, 7, 1));
  // Pay runs across the year's end.
  CHECK(next_pay_run(*parse_pay_run("25"), make_date(2026, 12, 26)) == make_date(2027, 1, 25));
  CHECK(next_pay_run(*parse_pay_run("last friday"), make_date(2026, 12, 26)) ==
        make_date(2027, 1, 29));
}
