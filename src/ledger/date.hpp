// Calendar dates: days since the epoch, from Howard Hinnant's date library.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace arcollect {

using Date = date::sys_days;

// Strictly YYYY-MM-DD with a real calendar day.
std::optional<Date> parse_date(std::string_view text);
Date make_date(int year, unsigned month, unsigned day);
std::string format_date(Date day);
// "14 Nov" and "14 November 2026", for sentences people read.
std::string format_day_month(Date day);
std::string format_long_date(Date day);

// b - a in days: positive when b is later.
inline int days_between(Date a, Date b) {
  return static_cast<int>((b - a).count());
}
inline Date add_days(Date day, int n) {
  return day + date::days{n};
}

// The parts of a calendar day: 2026, 12 and 7 for 2026-12-07.
inline int year_of(Date day) {
  return static_cast<int>(date::year_month_day{day}.year());
}
inline unsigned month_of(Date day) {
  return static_cast<unsigned>(date::year_month_day{day}.month());
}
inline unsigned day_of(Date day) {
  return static_cast<unsigned>(date::year_month_day{day}.day());
}

}  // namespace arcollect
