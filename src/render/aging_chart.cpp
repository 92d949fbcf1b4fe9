// aging --chart and aging --format svg: each currency's customers as bars stacked by age.
#include <fmt/format.h>

#include <algorithm>

#include "render/aging.hpp"
#include "render/svg.hpp"

namespace arcollect {

namespace {

constexpr std::size_t kChartCustomers = 15;  // bars; the rest are one bar, "others"

// The age buckets, young to old: green to red, dark to light shades without colour, # to . in
// ASCII. More buckets than that reuse the last.
std::vector<ChartSeries> age_series(const std::vector<std::string>& labels) {
  static const Style colors[] = {Style::green, Style::yellow, Style::magenta, Style::red,
                                 Style::bright_red};
  static const char* glyphs[] = {"█", "▓", "▒", "░", "·"};
  static const char* ascii[] = {"#", "=", "+", "-", "."};
  static const char* hex[] = {"#2e7d32", "#f9a825", "#ef6c00", "#c62828", "#6d1b1b"};
  std::vector<ChartSeries> series;
  for (std::size_t b = 0; b < labels.size(); ++b) {
    const std::size_t k = std::min<std::size_t>(b, 4);
    series.push_back({labels[b], colors[k], glyphs[k], ascii[k], hex[k]});
  }
  return series;
}

// One bar per customer (invoice rows add up to theirs), the largest owed first, the 15 that
// owe most and then the others as one.
std::vector<StackedBar> customer_bars(const AgingReport& report, const AgingBlock& block) {
  std::vector<StackedBar> bars;
  for (const AgingRow& row : block.rows) {
    auto it = std::find_if(bars.begin(), bars.end(),
                           [&](const StackedBar& b) { return b.label == row.customer; });
    if (it == bars.end()) {
      bars.push_back({row.customer, std::vector<std::int64_t>(report.labels.size(), 0), ""});
      it = bars.end() - 1;
    }
    for (std::size_t b = 0; b < row.buckets.size() && b < it->parts.size(); ++b)
      it->parts[b] += row.buckets[b];
  }
  std::stable_sort(bars.begin(), bars.end(), [](const StackedBar& a, const StackedBar& b) {
    return bar_total(a) > bar_total(b);
  });
  if (bars.size() > kChartCustomers + 1) {
    StackedBar others{fmt::format("{} others", bars.size() - kChartCustomers),
                      std::vector<std::int64_t>(report.labels.size(), 0), ""};
    for (std::size_t k = kChartCustomers; k < bars.size(); ++k)
      for (std::size_t b = 0; b < others.parts.size(); ++b) others.parts[b] += bars[k].parts[b];
    bars.resize(kChartCustomers);
    bars.push_back(std::move(others));
  }
  // A customer with only credit on the account owes nothing to draw.
  std::erase_if(bars, [](const StackedBar& b) { return bar_total(b) == 0; });
  for (StackedBar& bar : bars) bar.text = format_amount(bar_total(bar), block.currency, true);
  return bars;
}

std::string section_title(const AgingBlock& block) {
  return block.currency + " owed by customer and age";
}

}  // namespace

std::string aging_chart(const AgingReport& report, ChartInk ink) {
  std::string out;
  const std::vector<ChartSeries> series = age_series(report.labels);
  for (const auto& block : report.blocks)
    out += "\n" + section_title(block) + "\n" +
           stacked_chart(customer_bars(report, block), series, 40, ink);
  return out;
}

std::string aging_svg(const AgingReport& report) {
  std::vector<SvgBarSection> sections;
  for (const auto& block : report.blocks)
    sections.push_back({section_title(block), customer_bars(report, block)});
  return svg_bar_chart(
      fmt::format("Aging at {}, by {} date", format_date(report.as_of), basis_name(report.basis)),
      sections, age_series(report.labels));
}

}  // namespace arcollect
