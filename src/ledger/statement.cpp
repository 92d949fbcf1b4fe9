#include "ledger/statement.hpp"

#include "ledger/text_encoding.hpp"

#include <fmt/format.h>

#include "ledger/error.hpp"
#include "ledger/limits.hpp"
#include "ledger/money.hpp"

namespace arcollect {

void check_statement_size(std::string_view bytes, const std::string& origin) {
  if (bytes.size() > kMaxFileBytes)
    throw Error(
        fmt::format("{}: the file is larger than {} MiB; split the statement into shorter "
                    "periods",
                    origin, kMaxFileBytes >> 20));
}

std::int64_t statement_amount(std::string_view text, const std::string& currency,
                              const std::string& where) {
  const std::string shown(text.substr(0, 40));
  Decimal value;
  const DecimalError error = parse_decimal(text, value);
  if (error == DecimalError::malformed || text.empty())
    throw Error(
        fmt::format("{}: amount \"{}\" is not a number; write it like -12.50", where, shown));
  const int digits = minor_digits(currency);
  std::optional<std::int64_t> minor;
  if (error == DecimalError::none) minor = to_minor(value, digits);
  if (error == DecimalError::none && !minor) {
    // More significant decimals than the currency has, or no room in 64 bits.
    Decimal whole{value.units, value.scale};
    bool has_fraction = false;
    for (int k = 0; k < whole.scale - digits && !has_fraction; ++k) {
      has_fraction = whole.units % 10 != 0;
      whole.units /= 10;
    }
    if (has_fraction)
      throw Error(fmt::format(
          "{}: amount {} has more decimals than {} allows; check the statement's currency", where,
          shown, currency));
  }
  if (!minor || *minor > kMaxAmountMinor || *minor < -kMaxAmountMinor)
    throw Error(fmt::format("{}: amount {} is larger than arcollect accepts ({} minor units)",
                            where, shown, kMaxAmountMinor));
  return *minor;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  replace_noncharacters(out);
  return out;
}

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace arcollect
