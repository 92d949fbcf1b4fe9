// Public-holiday calendars that ship with arcollect (data/holidays/NAME.txt, with their
// sources), for the working days of [due] holidays.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ledger/date.hpp"

namespace arcollect {

struct HolidayCalendarText {
  std::string_view name;
  std::string_view text;  // "YYYY-MM-DD  name" lines; '#' starts a comment
};

// Defined in the file CMake generates from data/holidays/.
std::span<const HolidayCalendarText> holiday_calendar_texts();

// The dates of the calendar called `name`; nullopt when none ships with that name.
std::optional<std::vector<Date>> holiday_calendar(std::string_view name);

std::vector<std::string_view> holiday_calendar_names();

}  // namespace arcollect
