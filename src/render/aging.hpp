// The aging report as a text table, JSON or CSV.
#pragma once

#include <string>

#include "collect/aging.hpp"

namespace arcollect {

std::string aging_text(const AgingReport& report, bool color);
std::string aging_json(const AgingReport& report);
std::string aging_csv(const AgingReport& report);

}  // namespace arcollect
