#include "render/chart.hpp"

#include <algorithm>

#include "ledger/money.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

// `columns` split among `parts` in proportion, by largest remainder: they add up exactly.
std::vector<std::int64_t> split_columns(const std::vector<std::int64_t>& parts,
                                        std::int64_t columns) {
  std::int64_t total = 0;
  for (std::int64_t p : parts) total += std::max<std::int64_t>(p, 0);
  std::vector<std::int64_t> out(parts.size(), 0);
  if (total == 0 || columns == 0) return out;
  std::vector<std::pair<std::int64_t, std::size_t>> remainders;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::int64_t p = std::max<std::int64_t>(parts[i], 0);
    // p * columns / total: the floor, and what it left (a currency's total times a chart's
    // width fits in 64 bits; checked_mul says so if it ever does not).
    const std::int64_t scaled = checked_mul(p, columns);
    out[i] = scaled / total;
    remainders.push_back({scaled % total, i});
    given += out[i];
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < columns && k < remainders.size(); ++k, ++given)
    ++out[remainders[k].second];
  return out;
}

std::string ink_of(const ChartSeries& s, ChartInk ink) {
  return ink == ChartInk::ascii ? s.ascii : ink == ChartInk::glyphs ? s.glyph : "█";
}

}  // namespace

std::int64_t bar_total(const StackedBar& bar) {
  std::int64_t total = 0;
  for (std::int64_t p : bar.parts) total += std::max<std::int64_t>(p, 0);
  return total;
}

std::string stacked_chart(const std::vector<StackedBar>& bars,
                          const std::vector<ChartSeries>& series, int width, ChartInk ink) {
  const bool color = ink == ChartInk::color;
  std::string legend;
  for (const ChartSeries& s : series)
    legend += (legend.empty() ? "" : "  ") + paint(ink_of(s, ink), s.color, color) + " " + s.name;
  std::int64_t largest = 0;
  std::size_t label_width = 0, text_width = 0;
  for (const StackedBar& bar : bars) {
    largest = std::max(largest, bar_total(bar));
    label_width = std::max(label_width, display_width(bar.label));
    text_width = std::max(text_width, display_width(bar.text));
  }
  std::string out = std::string(label_width + 2, ' ') + legend + "\n";
  for (const StackedBar& bar : bars) {
    const std::int64_t columns = largest > 0 ? multiply_divide(bar_total(bar), width, largest) : 0;
    const std::vector<std::int64_t> split = split_columns(bar.parts, columns);
    std::string drawn;
    for (std::size_t i = 0; i < split.size() && i < series.size(); ++i) {
      std::string run;
      for (std::int64_t c = 0; c < split[i]; ++c) run += ink_of(series[i], ink);
      drawn += paint(run, series[i].color, color);
    }
    std::string line = bar.label + std::string(label_width - display_width(bar.label), ' ') + "  " +
                       drawn + std::string(static_cast<std::size_t>(width - columns), ' ') + "  " +
                       std::string(text_width - display_width(bar.text), ' ') + bar.text;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string sparkline(const std::vector<std::optional<std::int64_t>>& values, bool ascii) {
  static const char* blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  static const char* plain[] = {"_", ".", "-", "~", "=", "+", "*", "#"};
  std::optional<std::int64_t> low, high;
  for (const auto& v : values)
    if (v) {
      low = low ? std::min(*low, *v) : *v;
      high = high ? std::max(*high, *v) : *v;
    }
  std::string out;
  for (const auto& v : values) {
    if (!v) {
      out += " ";
      continue;
    }
    // Eight levels from the lowest value to the highest; all equal: the middle one.
    const std::int64_t span = *high - *low;
    const std::int64_t level = span == 0 ? 3 : multiply_divide(*v - *low, 7, span);
    out += ascii ? plain[level] : blocks[level];
  }
  return out;
}

}  // namespace arcollect
