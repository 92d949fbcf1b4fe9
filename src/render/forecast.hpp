// The cash forecast as text (weeks with a bar chart, or one row per invoice), JSON or CSV.
#pragma once

#include <string>

#include "collect/forecast.hpp"

namespace arcollect {

enum class ForecastRows { week, invoice };

std::string forecast_text(const Book& book, const ForecastReport& report, ForecastRows rows,
                          bool ascii, bool color);
std::string forecast_json(const Book& book, const ForecastReport& report);
std::string forecast_csv(const Book& book, const ForecastReport& report, ForecastRows rows);

}  // namespace arcollect
