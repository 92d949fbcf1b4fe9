#include "ledger/holidays.hpp"

namespace arcollect {

std::optional<std::vector<Date>> holiday_calendar(std::string_view name) {
  for (const HolidayCalendarText& calendar : holiday_calendar_texts()) {
    if (calendar.name != name) continue;
    std::vector<Date> dates;
    std::string_view text = calendar.text;
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      if (line.size() < 10 || line.front() == '#') continue;
      if (auto day = parse_date(std::string(line.substr(0, 10)))) dates.push_back(*day);
    }
    return dates;
  }
  return std::nullopt;
}

std::vector<std::string_view> holiday_calendar_names() {
  std::vector<std::string_view> names;
  for (const HolidayCalendarText& calendar : holiday_calendar_texts())
    names.push_back(calendar.name);
  return names;
}

}  // namespace arcollect
