// Rates as people write them.
#pragma once

#include <cstdint>
#include <string>

namespace arcollect {

// "11.75%" for 117,500 millionths: no trailing zeros, no point for a whole number.
std::string rate_text(std::int64_t millionths);

}  // namespace arcollect
