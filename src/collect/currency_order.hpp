// The order every report lists its currencies in: the business currency first, then by code.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace arcollect {

// `blocks` (each with a `currency`) already in code order, as a std::map gives them.
template <class Block>
void business_currency_first(std::vector<Block>& blocks, const std::string& business) {
  std::stable_sort(blocks.begin(), blocks.end(), [&](const Block& a, const Block& b) {
    return (a.currency == business) > (b.currency == business);
  });
}

}  // namespace arcollect
