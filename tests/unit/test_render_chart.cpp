// Bar charts: scaled to the largest, eighth blocks, ASCII.
#include <doctest/doctest.h>

#include "render/chart.hpp"

using namespace arcollect;

TEST_CASE("bars are scaled to the largest, in eighths of a column") {
  std::vector<Bar> bars = {{"a", 100, "100"}, {"bb", 50, "50"}, {"c", 3, "3"}, {"d", 0, "0"}};
  CHECK(bar_chart(bars, 4, false) ==
        "a   ████  100\n"
        "bb  ██     50\n"
        "c   ▏       3\n"  // 3% of 4 columns is 0.96 eighths: rounded to one
        "d           0\n");
  CHECK(bar_chart(bars, 4, true) ==
        "a   ####  100\n"
        "bb  ##     50\n"
        "c           3\n"
        "d           0\n");
}

TEST_CASE("a partial column takes the nearest eighth; nothing to scale draws nothing") {
  CHECK(bar_chart({{"x", 8, ""}, {"y", 5, ""}}, 1, false) == "x  █\ny  ▋\n");
  CHECK(bar_chart({{"x", 0, "0"}, {"y", -5, "-5"}}, 10, false) ==
        "x               0\ny              -5\n");
}
