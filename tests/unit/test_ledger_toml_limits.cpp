// The scan before parsing: nesting, key and string lengths, linear and without recursion.
#include <doctest/doctest.h>

#include <string>

#include "ledger/limits.hpp"
#include "ledger/toml_limits.hpp"

using namespace arcollect;

namespace {

std::string dotted(int parts) {
  std::string key = "a";
  for (int i = 1; i < parts; ++i) key += ".a";
  return key;
}

}  // namespace

TEST_CASE("ordinary ledger files pass") {
  CHECK_FALSE(check_toml_limits(R"([[invoice]]
id = "INV-1.2.3"  # dots in strings and comments are no keys: a.b.c.d
amount = 1200.50
description = """
many [[[ brackets ]]] and {{{ braces }}} and "quotes" in a string"""
installments = [{ due = 2026-01-01, amount = 1 }, { due = 2026-02-01, amount = 2 }]
empty = {}
'literal.key' = 'a.b.c'
)"));
}

TEST_CASE("nesting is counted over dotted keys, headers, arrays and inline tables") {
  CHECK_FALSE(check_toml_limits(dotted(kMaxNesting) + " = 1\n"));
  auto key = check_toml_limits("x = 1\n" + dotted(kMaxNesting + 1) + " = 1\n");
  REQUIRE(key);
  CHECK(key->line == 2);
  CHECK(key->message.find("nested more than 64 deep") == 0);
  CHECK(check_toml_limits("[" + dotted(kMaxNesting + 1) + "]\n"));
  // A header's parts and the keys below it add up.
  CHECK(check_toml_limits("[" + dotted(40) + "]\n" + dotted(30) + " = 1\n"));
  CHECK(check_toml_limits("x = " + std::string(kMaxNesting + 1, '[') + "\n"));
  CHECK(check_toml_limits("x = {" + dotted(kMaxNesting + 1) + " = 1}\n"));
  CHECK_FALSE(check_toml_limits("x = " + std::string(kMaxNesting - 1, '[') +
                                std::string(kMaxNesting - 1, ']') + "\n"));
  // 100,000 parts: found without recursion, at the part that crosses the limit.
  auto deep = check_toml_limits(dotted(100'000) + " = 1\n");
  REQUIRE(deep);
  CHECK(deep->column == 2 * kMaxNesting);
}

TEST_CASE("keys and strings past their lengths") {
  CHECK_FALSE(check_toml_limits(std::string(kMaxKeyBytes, 'k') + " = 1\n"));
  CHECK(check_toml_limits(std::string(kMaxKeyBytes + 1, 'k') + " = 1\n"));
  CHECK(check_toml_limits("\"" + std::string(kMaxKeyBytes + 1, 'k') + "\" = 1\n"));
  CHECK_FALSE(check_toml_limits("x = \"" + std::string(kMaxStringBytes, 's') + "\"\n"));
  auto string = check_toml_limits("x = '''" + std::string(kMaxStringBytes + 1, 's') + "'''\n");
  REQUIRE(string);
  CHECK(string->column == 5);  // where the string starts
}
