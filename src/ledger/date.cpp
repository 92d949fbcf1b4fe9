#include "ledger/date.hpp"

#include <fmt/format.h>

namespace arcollect {

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
  date::year_month_day ymd{date::year{fields[0]}, date::month{static_cast<unsigned>(fields[1])},
                           date::day{static_cast<unsigned>(fields[2])}};
  if (!ymd.ok()) return std::nullopt;
  return Date{ymd};
}

Date make_date(int year, unsigned month, unsigned day) {
  return Date{date::year{year} / date::month{month} / date::day{day}};
}

std::string format_date(Date day) {
  date::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

namespace {

constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

}  // namespace

std::string format_day_month(Date day) {
  date::year_month_day ymd{day};
  return fmt::format("{} {:.3}", static_cast<unsigned>(ymd.day()),
                     kMonths[static_cast<unsigned>(ymd.month()) - 1]);
}

std::string format_long_date(Date day) {
  date::year_month_day ymd{day};
  return fmt::format("{} {} {}", static_cast<unsigned>(ymd.day()),
                     kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()));
}

}  // namespace arcollect
