// Charts: stacked bars in whole columns that add up, a legend, sparklines; SVG as XML.
#include <doctest/doctest.h>

#include "render/chart.hpp"
#include "render/svg.hpp"
#include "render/xml.hpp"

using namespace arcollect;

namespace {

const std::vector<ChartSeries> kTwo = {{"old", Style::red, "█", "#", "#c62828"},
                                       {"new", Style::green, "░", ".", "#2e7d32"}};

}  // namespace

TEST_CASE("stacked bars: the longest is the width, each split by largest remainder") {
  // a: 60 + 40 of 100 -> 6 + 4 columns; b: 25 + 25 of 50 -> 5 columns, 2.5 + 2.5: the first
  // remainder wins the odd column; c: nothing.
  const std::vector<StackedBar> bars = {
      {"a", {60, 40}, "100"}, {"b", {25, 25}, "50"}, {"c", {0, 0}, "0"}};
  CHECK(stacked_chart(bars, kTwo, 10, ChartInk::glyphs) ==
        "   █ old  ░ new\n"
        "a  ██████░░░░  100\n"
        "b  ███░░        50\n"
        "c                0\n");
  CHECK(stacked_chart(bars, kTwo, 10, ChartInk::ascii) ==
        "   # old  . new\n"
        "a  ######....  100\n"
        "b  ###..        50\n"
        "c                0\n");
  // In colour every part is a full block, painted (marks turn into SGR on output).
  const std::string colored = stacked_chart({{"a", {1, 1}, ""}}, kTwo, 2, ChartInk::color);
  CHECK(colored.find("\xEF\xBF\xBF"
                     "31m█") != std::string::npos);
  CHECK(colored.find("\xEF\xBF\xBF"
                     "32m█") != std::string::npos);
}

TEST_CASE("a negative part draws nothing and a tiny one may round to no column") {
  // x: 500 of the largest 1,000 is 2 columns, its -5 nothing; y: 1 of 1,000 rounds to none.
  CHECK(stacked_chart({{"x", {-5, 500}, ""}, {"y", {1, 999}, ""}}, kTwo, 4, ChartInk::ascii) ==
        "   # old  . new\n"
        "x  ..\n"
        "y  ....\n");
  CHECK(bar_total({"x", {-5, 10, 3}, ""}) == 13);
}

TEST_CASE("sparklines: eight levels from the lowest to the highest, blanks for none") {
  CHECK(sparkline({0, 10, 20, 30, 40, 50, 60, 70}, false) == "▁▂▃▄▅▆▇█");
  CHECK(sparkline({0, std::nullopt, 70}, true) == "_ #");
  CHECK(sparkline({5, 5}, false) == "▄▄");  // all equal: the middle level
  CHECK(sparkline({}, false).empty());
}

TEST_CASE("SVG: ledger text is escaped, and the document is one svg element") {
  const std::string svg = svg_bar_chart("Aging <&>", {{"GBP", {{"a&b", {1, 2}, "3"}}}}, kTwo);
  CHECK(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
  CHECK(svg.ends_with("</svg>\n"));
  CHECK(svg.find("Aging &lt;&amp;&gt;") != std::string::npos);
  CHECK(svg.find("a&amp;b") != std::string::npos);
  CHECK(svg.find("a&b") == std::string::npos);
  CHECK(xml_escape(std::string("x\x1by\"'")) == "x\\x1by&quot;&apos;");
  CHECK(xml_escape("a\nb \xE2\x80\xAE<c\xFF") == "a\nb \\u202e&lt;c\\xff");
}
