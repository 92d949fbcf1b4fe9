// The aging report as a text table, JSON or CSV.
#pragma once

#include <string>

#include "collect/aging.hpp"

namespace arcollect {

std::string aging_text(const AgingReport& report, bool color);
// Each currency's bucket totals as bars (`ascii`: '#' rather than Unicode blocks).
std::string aging_chart(const AgingReport& report, bool ascii);
std::string aging_json(const AgingReport& report);
std::string aging_csv(const AgingReport& report);

}  // namespace arcollect
