#include "collect/workdays.hpp"

namespace arcollect {

WorkCalendar::WorkCalendar(const DueSettings& due)
    : workdays_(due.workdays), holidays_(due.holidays.begin(), due.holidays.end()) {}

bool WorkCalendar::working(Date day) const {
  return workdays_[weekday_of(day)] && !holidays_.contains(day);
}

Date WorkCalendar::next_working(Date day) const {
  // At least one weekday works (the reader refuses an empty list), and holidays are finite,
  // so this ends; the bound keeps a malformed calendar from hanging it.
  for (int i = 0; i < 3660 && !working(day); ++i) day = add_days(day, 1);
  return day;
}

Date WorkCalendar::previous_working(Date day) const {
  day = add_days(day, -1);
  for (int i = 0; i < 3660 && !working(day); ++i) day = add_days(day, -1);
  return day;
}

}  // namespace arcollect
