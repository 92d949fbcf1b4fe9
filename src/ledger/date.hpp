// Calendar dates. A Date is a count of days since 1970-01-01, so that this header, which most
// of the code includes, stays small: the calendar arithmetic (Howard Hinnant's date library)
// lives in date.cpp alone.
#pragma once

#include <climits>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace arcollect {

class Date {
 public:
  constexpr Date() = default;
  constexpr explicit Date(std::int32_t days_since_epoch) : days_(days_since_epoch) {}
  constexpr std::int32_t days_since_epoch() const { return days_; }
  // Before and after every day a ledger can hold.
  static constexpr Date min() { return Date{INT32_MIN / 2}; }
  static constexpr Date max() { return Date{INT32_MAX / 2}; }
  friend constexpr auto operator<=>(const Date&, const Date&) = default;

 private:
  std::int32_t days_ = 0;
};

// A day as people write it: year, month 1-12, day 1-31.
struct CivilDay {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;
};
CivilDay civil_of(Date day);

// Strictly YYYY-MM-DD with a real calendar day.
std::optional<Date> parse_date(std::string_view text);
// The day `day` of `month`; a day past the month's end runs on into the next month.
Date make_date(int year, unsigned month, unsigned day);
// Nothing when year, month and day are not a real calendar day.
std::optional<Date> valid_date(int year, unsigned month, unsigned day);
std::string format_date(Date day);
// "14 Nov" and "14 November 2026", for sentences people read.
std::string format_day_month(Date day);
std::string format_long_date(Date day);

// b - a in days: positive when b is later.
inline int days_between(Date a, Date b) {
  return b.days_since_epoch() - a.days_since_epoch();
}
inline Date add_days(Date day, int n) {
  return Date{day.days_since_epoch() + n};
}

// 0 for Sunday ... 6 for Saturday.
int weekday_of(Date day);

// The year of a calendar day: 2026 for 2026-12-07.
inline int year_of(Date day) {
  return civil_of(day).year;
}

bool is_leap_year(int year);

// The last day of a month.
unsigned month_length(int year, unsigned month);

// `day` moved by `months` whole months, on the same day of the month or the month's last day
// when it is shorter (31 January plus one month is 28 or 29 February).
Date add_months(Date day, int months);

// The first day of the half-year `day` falls in: 1 January or 1 July.
inline Date half_year_start(Date day) {
  const CivilDay c = civil_of(day);
  return make_date(c.year, c.month <= 6 ? 1 : 7, 1);
}

}  // namespace arcollect
