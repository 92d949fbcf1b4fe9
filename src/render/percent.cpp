#include "render/percent.hpp"

#include "ledger/money.hpp"

namespace arcollect {

std::string rate_text(std::int64_t millionths) {
  std::string text = format_minor(millionths, 4);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text + "%";
}

std::string rate_decimal(std::int64_t millionths) {
  std::string text = format_minor(millionths, 4);
  while (text.back() == '0' && text.size() - text.find('.') > 3) text.pop_back();
  return text;
}

std::string percent_text(const Decimal& percent) {
  return rate_text(to_minor(percent, 4).value_or(0));
}

}  // namespace arcollect
