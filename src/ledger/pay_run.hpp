// A customer's accounts-payable pay run: "25", "1,15", "last friday", "every tuesday".
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ledger/date.hpp"

namespace arcollect {

struct PayRun {
  enum class Kind { days_of_month, last_weekday, weekly };
  Kind kind = Kind::days_of_month;
  std::vector<unsigned> days;  // days_of_month: 1..31, sorted; 31 means the month's last day
  unsigned weekday = 0;        // last_weekday, weekly: 0 = Sunday .. 6 = Saturday
};

std::optional<PayRun> parse_pay_run(std::string_view text);

// The first pay-run date on or after `from`.
Date next_pay_run(const PayRun& run, Date from);

}  // namespace arcollect
