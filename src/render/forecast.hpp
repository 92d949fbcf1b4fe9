// The cash forecast as text (weeks with a bar chart, or one row per invoice), JSON or CSV.
#pragma once

#include <string>

#include "collect/forecast.hpp"
#include "render/chart.hpp"
#include "render/json.hpp"

namespace arcollect {

enum class ForecastRows { week, invoice };

// The weeks as a table and a chart of each week's expected amount within its low-high range
// (`ink`: how the chart tells them apart), or the invoices as a table.
std::string forecast_text(const Book& book, const ForecastReport& report, ForecastRows rows,
                          ChartInk ink, bool color);
// The weeks' chart as a standalone SVG document.
std::string forecast_svg(const ForecastReport& report);
JsonObject forecast_json(const Book& book, const ForecastReport& report);
std::string forecast_csv(const Book& book, const ForecastReport& report, ForecastRows rows);

}  // namespace arcollect
