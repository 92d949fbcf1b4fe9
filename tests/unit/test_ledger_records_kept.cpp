// Records with mistakes are kept where others refer to them, so one mistake gives one
// diagnostic, not a cascade of "unknown" references.
#include <doctest/doctest.h>

#include "fixture.hpp"

using namespace arcollect;

TEST_CASE("an invoice missing its amount still resolves the payments that name it") {
  auto loaded = test::load_records(R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
[[payment]]
date = 2026-02-01
customer = "acme"
invoice = "A1"
amount = 50
)");
  CHECK(test::messages(loaded) ==
        "records.toml:4:1: missing-field: [[invoice]] has no 'amount'; add a line like: amount = "
        "100.00\n");
}

TEST_CASE("a customer with a malformed id is still found by its invoices") {
  auto loaded = test::load_records(R"([[customer]]
id = "Acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "Acme"
issued = 2026-01-01
amount = 5
)");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].code == DiagCode::invalid_value);
}
