#include "ledger/money.hpp"

#include <array>
#include <limits>

#include "ledger/error.hpp"

namespace arcollect {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

DecimalError parse_decimal(std::string_view text, Decimal& out) {
  bool negative = false;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  std::int64_t units = 0;
  int scale = 0;
  int digits_before = 0, digits_after = 0;
  bool point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (!is_digit(c)) return DecimalError::malformed;
    if (units > (kMax - (c - '0')) / 10) return DecimalError::too_large;
    units = units * 10 + (c - '0');
    if (point) {
      ++digits_after;
      ++scale;
    } else {
      ++digits_before;
    }
  }
  if (digits_before == 0 || (point && digits_after == 0)) return DecimalError::malformed;
  out = Decimal{negative ? -units : units, scale};
  return DecimalError::none;
}

int minor_digits(std::string_view currency) {
  // ISO 4217 currencies whose minor unit is not 1/100.
  static constexpr std::array<std::string_view, 17> zero = {
      "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
      "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
  static constexpr std::array<std::string_view, 7> three = {"BHD", "IQD", "JOD", "KWD",
                                                            "LYD", "OMR", "TND"};
  for (auto code : zero)
    if (code == currency) return 0;
  for (auto code : three)
    if (code == currency) return 3;
  return 2;
}

bool valid_currency_code(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::optional<std::int64_t> to_minor(const Decimal& value, int digits) {
  std::int64_t units = value.units;
  int scale = value.scale;
  while (scale > digits && units % 10 == 0) {
    units /= 10;
    --scale;
  }
  if (scale > digits) return std::nullopt;
  for (; scale < digits; ++scale) {
    if (units > kMax / 10 || units < -kMax / 10) return std::nullopt;
    units *= 10;
  }
  return units;
}

namespace {

[[noreturn]] void too_large() {
  throw Error(
      "a figure is past what arcollect can compute exactly (2^63 minor units); nothing was "
      "printed: check the ledger's amounts and rates");
}

}  // namespace

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) too_large();
  return sum;
}

std::int64_t checked_mul(std::int64_t a, std::int64_t b) {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(a, b, &product)) too_large();
  return product;
}

std::int64_t multiply_divide(std::int64_t a, std::int64_t b, std::int64_t denominator) {
  __extension__ using Int128 = __int128;
  Int128 product = static_cast<Int128>(a) * b;
  Int128 result = (product * 2 + denominator) / (Int128{2} * denominator);
  if (result > kMax || result < -kMax) too_large();
  return static_cast<std::int64_t>(result);
}

std::string format_minor(std::int64_t minor, int digits, bool grouping) {
  // Work in unsigned so that INT64_MIN has a magnitude too.
  bool negative = minor < 0;
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  std::string digits_text = std::to_string(magnitude);
  if (static_cast<int>(digits_text.size()) <= digits)
    digits_text.insert(0, static_cast<std::size_t>(digits) + 1 - digits_text.size(), '0');
  std::string whole = digits_text.substr(0, digits_text.size() - static_cast<std::size_t>(digits));
  std::string fraction = digits_text.substr(whole.size());
  if (grouping) {
    for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3)
      whole.insert(static_cast<std::size_t>(at), 1, ',');
  }
  std::string out = negative ? "-" : "";
  out += whole;
  if (digits > 0) out += "." + fraction;
  return out;
}

std::string format_amount(std::int64_t minor, const std::string& currency, bool grouping) {
  return format_minor(minor, minor_digits(currency), grouping);
}

std::string format_money(const Money& money, bool grouping) {
  return format_amount(money.minor, money.currency, grouping);
}

std::string money_text(std::int64_t minor, const std::string& currency) {
  return format_amount(minor, currency, true) + " " + currency;
}

}  // namespace arcollect
