// The aging report as a text table, JSON or CSV.
#pragma once

#include <string>

#include "collect/aging.hpp"
#include "render/chart.hpp"

namespace arcollect {

std::string aging_text(const AgingReport& report, bool color);
// "due" or "issued".
const char* basis_name(AgingBasis basis);
// Each currency's customers as bars (the 15 that owe most, then the others as one), each
// stacked by age bucket, under a legend.
std::string aging_chart(const AgingReport& report, ChartInk ink);
// The same chart as a standalone SVG document.
std::string aging_svg(const AgingReport& report);
std::string aging_json(const AgingReport& report);
std::string aging_csv(const AgingReport& report);

}  // namespace arcollect
