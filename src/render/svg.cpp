#include "render/svg.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ledger/money.hpp"
#include "render/xml.hpp"

namespace arcollect {

namespace {

constexpr int kWidth = 760;    // the drawing's width
constexpr int kLabel = 150;    // the labels' column
constexpr int kBarArea = 400;  // the longest bar
constexpr int kRow = 22;       // one bar
constexpr int kPanel = 90;     // one line panel's height
constexpr const char* kFont = "font-family=\"DejaVu Sans, Arial, sans-serif\"";

std::string text(int x, int y, const std::string& words, const char* extra = "", int size = 12) {
  return fmt::format("<text x=\"{}\" y=\"{}\" {} font-size=\"{}\"{}>{}</text>\n", x, y, kFont, size,
                     extra, xml_escape(words));
}

std::string document(const std::string& title, int height, const std::string& body) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\">\n"
      "<title>{2}</title>\n"
      "<rect x=\"0\" y=\"0\" width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n"
      "<text x=\"10\" y=\"22\" {3} font-size=\"15\" font-weight=\"bold\">{2}</text>\n"
      "{4}</svg>\n",
      kWidth, height, xml_escape(title), kFont, body);
}

}  // namespace

std::string svg_bar_chart(const std::string& title, const std::vector<SvgBarSection>& sections,
                          const std::vector<ChartSeries>& series) {
  std::string body;
  int y = 44;
  // The legend: a swatch and a name per series.
  int x = 10;
  for (const ChartSeries& s : series) {
    body += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n", x,
                        y - 10, s.hex);
    body += text(x + 16, y, s.name);
    x += 30 + 8 * static_cast<int>(s.name.size());
  }
  y += 12;
  for (const SvgBarSection& section : sections) {
    y += 24;
    body += text(10, y, section.title, " font-weight=\"bold\"");
    std::int64_t largest = 0;
    for (const StackedBar& bar : section.bars) largest = std::max(largest, bar_total(bar));
    for (const StackedBar& bar : section.bars) {
      y += kRow;
      body += text(10, y, bar.label);
      int at = kLabel;
      std::int64_t before = 0;  // drawn from the running sum, so rounding never adds up wrong
      for (std::size_t i = 0; i < bar.parts.size() && i < series.size(); ++i) {
        const std::int64_t part = std::max<std::int64_t>(bar.parts[i], 0);
        if (part == 0 || largest == 0) continue;
        const int from = kLabel + static_cast<int>(multiply_divide(before, kBarArea, largest));
        before += part;
        const int to = kLabel + static_cast<int>(multiply_divide(before, kBarArea, largest));
        body += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}: {}</title>"
            "</rect>\n",
            from, y - 14, std::max(to - from, 1), kRow - 6, series[i].hex,
            xml_escape(series[i].name), xml_escape(bar.label));
        at = to;
      }
      body += text(std::max(at, kLabel) + 8, y, bar.text);
    }
  }
  return document(title, y + 20, body);
}

std::string svg_line_chart(const std::string& title, const std::vector<SvgLineSection>& sections) {
  std::string body;
  int y = 30;
  const int left = kLabel, right = kWidth - 120;
  for (const SvgLineSection& section : sections) {
    y += 30;
    body += text(10, y, section.title, " font-weight=\"bold\"");
    const std::size_t n = section.ticks.size();
    auto x_of = [&](std::size_t i) {
      return n <= 1 ? left
                    : left + static_cast<int>(i * static_cast<std::size_t>(right - left) / (n - 1));
    };
    for (const SvgLine& line : section.lines) {
      y += 14;
      std::optional<std::int64_t> low, high;
      for (const auto& v : line.tenths)
        if (v) {
          low = low ? std::min(*low, *v) : *v;
          high = high ? std::max(*high, *v) : *v;
        }
      const int top = y, bottom = y + kPanel - 30;
      body += text(10, top + 14, line.name);
      body +=
          fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#bbbbbb\"/>\n",
                      left, bottom, right);
      if (high)
        body += text(right + 8, top + 10, fmt::format("{}{}", format_minor(*high, 1), line.unit)) +
                text(right + 8, bottom, fmt::format("{}{}", format_minor(*low, 1), line.unit));
      // The line, broken where a month has no value; a dot on every point.
      std::string points;
      for (std::size_t i = 0; i < n && i < line.tenths.size(); ++i) {
        const auto& v = line.tenths[i];
        if (!v) {
          if (!points.empty())
            body += "<polyline fill=\"none\" stroke=\"#0277bd\" stroke-width=\"2\" points=\"" +
                    points + "\"/>\n";
          points.clear();
          continue;
        }
        const std::int64_t span = *high - *low;
        const int py =
            span == 0 ? (top + bottom) / 2
                      : bottom - static_cast<int>(multiply_divide(*v - *low, bottom - top, span));
        points += fmt::format("{}{},{}", points.empty() ? "" : " ", x_of(i), py);
        body +=
            fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"2.5\" fill=\"#0277bd\"/>\n", x_of(i), py);
      }
      if (!points.empty())
        body += "<polyline fill=\"none\" stroke=\"#0277bd\" stroke-width=\"2\" points=\"" + points +
                "\"/>\n";
      y = bottom + 6;
    }
    y += 10;
    for (std::size_t i = 0; i < n; ++i)
      if (n <= 12 || i % 3 == 0)
        body += text(x_of(i) - 18, y, section.ticks[i], " fill=\"#555555\"", 10);
  }
  return document(title, y + 20, body);
}

}  // namespace arcollect
