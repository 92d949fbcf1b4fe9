#include <doctest/doctest.h>

#include <algorithm>

#include "collect/workdays.hpp"
#include "fixture.hpp"
#include "ledger/holidays.hpp"

using namespace arcollect;

TEST_CASE("the shipped England and Wales calendar: eight bank holidays a year, 2024 to 2030") {
  auto dates = holiday_calendar("england-and-wales");
  REQUIRE(dates);
  CHECK(dates->size() == 7 * 8);
  CHECK(std::count(dates->begin(), dates->end(), make_date(2026, 12, 28)) == 1);  // Boxing Day
  CHECK(std::count(dates->begin(), dates->end(), make_date(2027, 3, 26)) == 1);   // Good Friday
  CHECK(std::count(dates->begin(), dates->end(), make_date(2028, 1, 3)) == 1);    // New Year
  CHECK_FALSE(holiday_calendar("atlantis"));
}

TEST_CASE("working days: Monday to Friday, less the holidays; the next one carries the rest") {
  DueSettings due;
  due.holidays = *holiday_calendar("england-and-wales");
  WorkCalendar calendar(due);
  CHECK(calendar.working(make_date(2026, 11, 23)));        // a Monday
  CHECK_FALSE(calendar.working(make_date(2026, 11, 22)));  // a Sunday
  CHECK_FALSE(calendar.working(make_date(2026, 12, 25)));  // Christmas Day, a Friday
  CHECK(calendar.next_working(make_date(2026, 12, 25)) == make_date(2026, 12, 29));
  CHECK(calendar.next_working(make_date(2026, 12, 29)) == make_date(2026, 12, 29));
  // The digest's window starts on the previous working day: over a weekend and Christmas.
  CHECK(calendar.previous_working(make_date(2026, 11, 23)) == make_date(2026, 11, 20));
  CHECK(calendar.previous_working(make_date(2026, 11, 24)) == make_date(2026, 11, 23));
  CHECK(calendar.previous_working(make_date(2026, 12, 29)) == make_date(2026, 12, 24));
  due.workdays = {true, false, false, false, false, false, false};  // Sundays only
  due.holidays.clear();
  CHECK(WorkCalendar(due).next_working(make_date(2026, 11, 23)) == make_date(2026, 11, 29));
}

TEST_CASE("a UK business keeps the England and Wales bank holidays unless it lists its own") {
  auto uk = test::load_records("");
  CHECK(uk.book.settings.due.holiday_calendars == std::vector<std::string>{"england-and-wales"});
  auto own = test::load_texts({{"arcollect.toml",
                                "[business]\nname = \"T\"\ncurrency = \"GBP\"\n[due]\nholidays = "
                                "[2026-12-24]\nworkdays = [\"mon\", \"sat\"]\n"}});
  REQUIRE(test::messages(own) == "");
  CHECK(own.book.settings.due.holiday_calendars.empty());
  CHECK(own.book.settings.due.holidays == std::vector<Date>{make_date(2026, 12, 24)});
  CHECK(own.book.settings.due.workdays ==
        std::array<bool, 7>{false, true, false, false, false, false, true});
}
