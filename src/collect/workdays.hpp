// Working days: [due] workdays and holidays. No action falls due on another day; the next
// working day carries it.
#pragma once

#include <array>
#include <set>

#include "ledger/settings.hpp"

namespace arcollect {

class WorkCalendar {
 public:
  explicit WorkCalendar(const DueSettings& due);

  bool working(Date day) const;

  // `day` itself when it is a working day, else the first one after it.
  Date next_working(Date day) const;

  // The last working day before `day`.
  Date previous_working(Date day) const;

 private:
  std::array<bool, 7> workdays_;
  std::set<Date> holidays_;
};

}  // namespace arcollect
