// Charts for the terminal: bars stacked by series (coloured, shaded or ASCII) and sparklines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/table.hpp"

namespace arcollect {

// How a chart's parts are told apart: by colour on a terminal, else by glyph (Unicode shades,
// or ASCII under --ascii or a locale without UTF-8).
enum class ChartInk { color, glyphs, ascii };

// One part of a stacked bar, as the legend names it and the bar draws it.
struct ChartSeries {
  std::string name;
  Style color = Style::plain;  // drawn as full blocks in this colour
  std::string glyph;           // without colour
  std::string ascii;           // without Unicode
  std::string hex;             // in SVG (render/svg)
};

struct StackedBar {
  std::string label;
  std::vector<std::int64_t> parts;  // one per series, none negative
  std::string text;                 // printed after the bar
};

// The sum of a bar's parts (a negative part counts as nothing).
std::int64_t bar_total(const StackedBar& bar);

// One character per value, eight levels from the lowest to the highest ("▁" to "█", or "_" to
// "#" in ASCII); a blank for a value that is missing.
std::string sparkline(const std::vector<std::optional<std::int64_t>>& values, bool ascii);

// A legend line, then one line per bar: its parts side by side in whole columns (the longest
// bar `width` columns; each bar's columns split among its parts by largest remainder, so a
// bar is as long as its total says), then its text.
std::string stacked_chart(const std::vector<StackedBar>& bars,
                          const std::vector<ChartSeries>& series, int width, ChartInk ink);

}  // namespace arcollect
