#include "render/chart.hpp"

#include <algorithm>

#include "ledger/money.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

// U+258F LEFT ONE EIGHTH BLOCK to U+2589 LEFT SEVEN EIGHTHS BLOCK, then U+2588 FULL BLOCK.
constexpr const char* kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
constexpr const char* kFull = "█";

}  // namespace

std::string bar_chart(const std::vector<Bar>& bars, int width, bool ascii) {
  std::int64_t largest = 0;
  std::size_t label_width = 0, text_width = 0;
  for (const Bar& bar : bars) {
    largest = std::max(largest, bar.value);
    label_width = std::max(label_width, display_width(bar.label));
    text_width = std::max(text_width, display_width(bar.text));
  }
  std::string out;
  for (const Bar& bar : bars) {
    // In eighths of a column (ASCII draws whole columns), rounded half up.
    const std::int64_t unit = ascii ? 1 : 8;
    std::int64_t cells =
        bar.value > 0 && largest > 0 ? multiply_divide(bar.value, width * unit, largest) : 0;
    std::string drawn;
    int columns = 0;
    for (std::int64_t i = 0; i < cells / unit; ++i, ++columns) drawn += ascii ? "#" : kFull;
    if (!ascii && cells % 8) {
      drawn += kEighths[cells % 8];
      ++columns;
    }
    std::string line = bar.label + std::string(label_width - display_width(bar.label), ' ') + "  " +
                       drawn + std::string(static_cast<std::size_t>(width - columns), ' ') + "  " +
                       std::string(text_width - display_width(bar.text), ' ') + bar.text;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace arcollect
