#include "ledger/date.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>

namespace arcollect {

namespace {

date::sys_days sys(Date day) {
  return date::sys_days{date::days{day.days_since_epoch()}};
}

Date from_sys(date::sys_days day) {
  return Date{static_cast<std::int32_t>(day.time_since_epoch().count())};
}

}  // namespace

CivilDay civil_of(Date day) {
  const date::year_month_day ymd{sys(day)};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day())};
}

std::optional<Date> valid_date(int year, unsigned month, unsigned day) {
  const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return from_sys(date::sys_days{ymd});
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  int field = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == 4 || i == 7) {
      ++field;
      continue;
    }
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    fields[field] = fields[field] * 10 + (text[i] - '0');
  }
  return valid_date(fields[0], static_cast<unsigned>(fields[1]), static_cast<unsigned>(fields[2]));
}

Date make_date(int year, unsigned month, unsigned day) {
  return from_sys(date::sys_days{date::year{year} / date::month{month} / date::day{day}});
}

std::string format_date(Date day) {
  const CivilDay c = civil_of(day);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

namespace {

constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

}  // namespace

std::string format_day_month(Date day) {
  const CivilDay c = civil_of(day);
  return fmt::format("{} {:.3}", c.day, kMonths[c.month - 1]);
}

std::string format_long_date(Date day) {
  const CivilDay c = civil_of(day);
  return fmt::format("{} {} {}", c.day, kMonths[c.month - 1], c.year);
}

int weekday_of(Date day) {
  return static_cast<int>(date::weekday{sys(day)}.c_encoding());
}

bool is_leap_year(int year) {
  return date::year{year}.is_leap();
}

unsigned month_length(int year, unsigned month) {
  return static_cast<unsigned>((date::year{year} / date::month{month} / date::last).day());
}

Date add_months(Date day, int months) {
  const date::year_month_day ymd{sys(day)};
  const date::year_month target = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  const date::day last = (target.year() / target.month() / date::last).day();
  return from_sys(date::sys_days{
      date::year_month_day{target.year(), target.month(), std::min(ymd.day(), last)}});
}

}  // namespace arcollect
