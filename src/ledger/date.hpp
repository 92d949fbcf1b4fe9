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

// The year of a calendar day: 2026 for 2026-12-07.
inline int year_of(Date day) {
  return static_cast<int>(date::year_month_day{day}.year());
}

// The first day of the half-year `day` falls in: 1 January or 1 July.
inline Date half_year_start(Date day) {
  const date::year_month_day ymd{day};
  return make_date(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()) <= 6 ? 1 : 7,
                   1);
}

}  // namespace arcollect
