// The aging report as a text table, JSON or CSV.
#pragma once

#include <string>

#include "collect/aging.hpp"
#include "render/chart.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string aging_text(const AgingReport& report, bool color);
// "due" or "issued".
const char* basis_name(AgingBasis basis);
// Each currency's customers as bars (the 15 that owe most, then the others as one), each
// stacked by age bucket, under a legend.
std::string aging_chart(const AgingReport& report, ChartInk ink);
// The same chart as a standalone SVG document.
std::string aging_svg(const AgingReport& report);
JsonObject aging_json(const AgingReport& report);

// Amounts by age as documents give them: [{"from": null, "to": 0, "amount": "1450.00"}, ...],
// days past the basis date, in the order of `ranges`.
Json buckets_json(const std::vector<AgeRange>& ranges, const std::vector<std::int64_t>& amounts,
                  const std::string& currency);
std::string aging_csv(const AgingReport& report);

}  // namespace arcollect
