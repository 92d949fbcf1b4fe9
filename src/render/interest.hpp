// The late-payment charges computation as text or JSON.
#pragma once

#include <string>

#include "collect/interest.hpp"

namespace arcollect {

std::string charges_text(const Book& book, const ChargesReport& report, bool color);
std::string charges_json(const Book& book, const ChargesReport& report);

}  // namespace arcollect
