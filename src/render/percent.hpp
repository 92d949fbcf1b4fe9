// Rates as people write them.
#pragma once

#include <cstdint>
#include <string>

#include "ledger/money.hpp"

namespace arcollect {

// "11.75%" for 117,500 millionths: no trailing zeros, no point for a whole number.
std::string rate_text(std::int64_t millionths);

// "3.50" for 35,000 millionths: a percentage as JSON gives it, two decimals or more.
std::string rate_decimal(std::int64_t millionths);

// "2%" for a percentage as the ledger gives it (early_discount, late_fee).
std::string percent_text(const Decimal& percent);

}  // namespace arcollect
