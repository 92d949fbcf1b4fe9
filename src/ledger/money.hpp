// Exact money: integer minor units tagged with an ISO 4217 currency code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace arcollect {

// A decimal number as written by the user: value = units / 10^scale.
struct Decimal {
  std::int64_t units = 0;
  int scale = 0;
  friend bool operator==(const Decimal&, const Decimal&) = default;
};

enum class DecimalError { none, malformed, too_large };

// Parses "2400", "2400.5", "-12.00"; no exponent, no thousands separators.
DecimalError parse_decimal(std::string_view text, Decimal& out);

// How many digits after the point a currency has (GBP 2, JPY 0, KWD 3).
int minor_digits(std::string_view currency);

// Is `code` three upper-case ASCII letters?
bool valid_currency_code(std::string_view code);

// `value` in minor units of a currency with `digits` decimals, or nothing when it has
// more significant decimals than that or does not fit in 64 bits.
std::optional<std::int64_t> to_minor(const Decimal& value, int digits);

struct Money {
  std::int64_t minor = 0;
  std::string currency;
  friend bool operator==(const Money&, const Money&) = default;
};

// a + b and a * b, or an Error (never a wrapped figure) when the result does not fit in 64 bits.
// The ledger's amounts are held to kMaxAmountMinor each and their sum per currency to
// kMaxCurrencyTotal, so plain sums of them cannot overflow; products with days or rates, and
// sums of such products, use these.
std::int64_t checked_add(std::int64_t a, std::int64_t b);
std::int64_t checked_mul(std::int64_t a, std::int64_t b);

// a * b / denominator rounded half up, computed in 128 bits so that money times a rate times
// days cannot overflow; a and b non-negative, denominator positive. The one rounding rule for
// money arithmetic. An Error when the result does not fit in 64 bits.
std::int64_t multiply_divide(std::int64_t a, std::int64_t b, std::int64_t denominator);

// "1234.50", or "1,234.50" with grouping; the one place minor units become text.
std::string format_minor(std::int64_t minor, int digits, bool grouping = false);
std::string format_money(const Money& money, bool grouping = false);

// `minor` units of `currency` as a decimal: "1234.50", or "1,234.50" with grouping.
std::string format_amount(std::int64_t minor, const std::string& currency, bool grouping = false);

// "1,234.50 GBP": grouped, with the currency code, as reports and letters print amounts.
std::string money_text(std::int64_t minor, const std::string& currency);

}  // namespace arcollect
