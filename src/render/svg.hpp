// Charts as standalone SVG documents (--format svg): stacked horizontal bars (aging, forecast)
// and small line charts, one panel per figure (kpi by month). Plain SVG 1.1 with inline
// styles and no scripts, so any viewer, browser or rsvg-convert draws it the same.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/chart.hpp"

namespace arcollect {

// One block of bars under its heading (a currency's customers, or its weeks).
struct SvgBarSection {
  std::string title;
  std::vector<StackedBar> bars;
};

// Bars stacked by series (each series' `hex` colour), a legend, and each bar's text.
std::string svg_bar_chart(const std::string& title, const std::vector<SvgBarSection>& sections,
                          const std::vector<ChartSeries>& series);

// One figure over time: a value (in tenths) per tick, none where it is missing.
struct SvgLine {
  std::string name;
  std::vector<std::optional<std::int64_t>> tenths;
  std::string unit;  // after the figures: " days", "%"
};

struct SvgLineSection {
  std::string title;
  std::vector<std::string> ticks;  // "2026-01", ...
  std::vector<SvgLine> lines;      // each drawn in a panel of its own scale
};

std::string svg_line_chart(const std::string& title, const std::vector<SvgLineSection>& sections);

}  // namespace arcollect
