// The KPI report as text (a summary, or a month-by-month table), JSON or CSV.
#pragma once

#include <string>

#include "collect/kpi.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string kpi_text(const KpiReport& report, bool color);
// With months: DSO, countback DSO and CEI per currency as sparklines, with their lowest,
// highest and last values.
std::string kpi_chart(const KpiReport& report, bool ascii);
// The same figures as line charts in a standalone SVG document.
std::string kpi_svg(const KpiReport& report);
JsonObject kpi_json(const KpiReport& report);
std::string kpi_csv(const KpiReport& report);

// "73.7", or "" for a figure that has nothing to divide by.
std::string tenths_text(const Tenths& value);

// "73.7 days" with `unit` " days", or "-" for a figure that has nothing to divide by: for text.
std::string tenths_or_dash(const Tenths& value, const char* unit = "");

}  // namespace arcollect
