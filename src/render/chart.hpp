// Horizontal bar charts for the terminal: Unicode eighth blocks, or '#' in ASCII.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace arcollect {

struct Bar {
  std::string label;
  std::int64_t value = 0;  // bars are scaled to the largest; negative values draw nothing
  std::string text;        // printed after the bar, e.g. the amount
};

// One line per bar: the label, the bar (the largest is `width` columns), its text right-aligned.
std::string bar_chart(const std::vector<Bar>& bars, int width, bool ascii);

}  // namespace arcollect
