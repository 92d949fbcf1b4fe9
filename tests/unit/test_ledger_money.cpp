#include <doctest/doctest.h>

#include <limits>

#include "ledger/error.hpp"
#include "ledger/money.hpp"

using namespace arcollect;

TEST_CASE("parse_decimal reads plain decimals exactly") {
  Decimal d;
  CHECK(parse_decimal("2400.00", d) == DecimalError::none);
  CHECK(d == Decimal{240000, 2});
  CHECK(parse_decimal("-12.5", d) == DecimalError::none);
  CHECK(d == Decimal{-125, 1});
  CHECK(parse_decimal("7", d) == DecimalError::none);
  CHECK(d == Decimal{7, 0});
}

TEST_CASE("parse_decimal refuses what is not a plain decimal") {
  Decimal d;
  for (const char* bad : {"", ".5", "5.", "2,400.00", "1e3", "12.3.4", "abc", "-", " 5"})
    CHECK_MESSAGE(parse_decimal(bad, d) == DecimalError::malformed, bad);
  CHECK(parse_decimal("99999999999999999999", d) == DecimalError::too_large);
}

TEST_CASE("to_minor keeps exactness and rejects over-precise values") {
  CHECK(to_minor({240000, 2}, 2) == 240000);
  CHECK(to_minor({24, 0}, 2) == 2400);
  CHECK(to_minor({2400500, 3}, 2) == 240050);  // a trailing zero is not precision
  CHECK_FALSE(to_minor({2400005, 3}, 2));
  CHECK(to_minor({150, 0}, 0) == 150);
  CHECK_FALSE(to_minor({15, 1}, 0));
  CHECK_FALSE(to_minor({INT64_MAX / 5, 0}, 2));  // would overflow
}

TEST_CASE("minor_digits follows ISO 4217") {
  CHECK(minor_digits("GBP") == 2);
  CHECK(minor_digits("EUR") == 2);
  CHECK(minor_digits("JPY") == 0);
  CHECK(minor_digits("KWD") == 3);
  CHECK(valid_currency_code("EUR"));
  CHECK_FALSE(valid_currency_code("eur"));
  CHECK_FALSE(valid_currency_code("EURO"));
}

TEST_CASE("format_minor prints minor units as decimals, grouped on request") {
  CHECK(format_minor(0, 2) == "0.00");
  CHECK(format_minor(5, 2) == "0.05");
  CHECK(format_minor(-5, 2) == "-0.05");
  CHECK(format_minor(123456789, 2) == "1234567.89");
  CHECK(format_minor(123456789, 2, true) == "1,234,567.89");
  CHECK(format_minor(-100000, 2, true) == "-1,000.00");
  CHECK(format_minor(1500, 0, true) == "1,500");
  CHECK(format_minor(1500, 3) == "1.500");
  CHECK(format_minor(INT64_MIN, 2) == "-92233720368547758.08");
  CHECK(format_money({12345, "GBP"}, true) == "123.45");
}

TEST_CASE("multiply_divide rounds half up once, without overflow") {
  CHECK(multiply_divide(500000, 127500 * 91, 365000000) == 15894);  // 15,893.8
  CHECK(multiply_divide(1, 1, 2) == 1);                             // a half rounds up
  CHECK(multiply_divide(1, 1, 3) == 0);
  CHECK(multiply_divide(0, 5, 7) == 0);
  CHECK(multiply_divide(INT64_MAX / 2, 1'000'000, 1'000'000) == INT64_MAX / 2);
}

TEST_CASE("sums and products that do not fit stop with an error, never a wrapped figure") {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  CHECK(checked_add(kMax - 1, 1) == kMax);
  CHECK_THROWS_AS(checked_add(kMax, 1), Error);
  CHECK_THROWS_AS(checked_add(-kMax, -2), Error);
  CHECK(checked_mul(3'037'000'499, 3'037'000'499) == 9'223'372'030'926'249'001);
  CHECK_THROWS_AS(checked_mul(3'037'000'500, 3'037'000'500), Error);
  // 128 bits inside, but the result must fit in 64.
  CHECK(multiply_divide(kMax, 2, 2) == kMax);
  CHECK_THROWS_AS(multiply_divide(kMax, 4, 2), Error);
}
