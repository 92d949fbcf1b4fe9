// The dispute rule (collect/disputes): an invoice's dispute field, or a contact with outcome
// "dispute", until a later "resolved" names it or names none.
#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/disputes.hpp"

using namespace arcollect;

namespace {

const char* kLedger = R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
amount = 100
dispute = "Wrong rate"
[[invoice]]
id = "A2"
customer = "acme"
issued = 2026-02-01
amount = 200
[[invoice]]
id = "A3"
customer = "acme"
issued = 2026-05-01
amount = 300
[[contact]]
date = 2026-03-01
customer = "acme"
channel = "email"
outcome = "dispute"
note = "Says the work is late"
[[contact]]
date = 2026-04-01
customer = "acme"
invoices = ["A2"]
channel = "call"
outcome = "resolved"
)";

}  // namespace

TEST_CASE("a dispute field, a dispute naming no invoice, and a resolution naming one") {
  auto loaded = test::load_records(kLedger);
  REQUIRE(test::messages(loaded) == "");
  const Book& book = loaded.book;
  const std::size_t a1 = 0, a2 = 1, a3 = 2;
  Disputes feb = find_disputes(book, make_date(2026, 2, 15));
  CHECK(feb.disputed[a1]);
  CHECK(feb.reason.at(a1) == "Wrong rate");
  CHECK_FALSE(feb.disputed[a2]);
  // The contact of 1 March names no invoice: all issued by then are disputed.
  Disputes march = find_disputes(book, make_date(2026, 3, 15));
  CHECK(march.disputed[a2]);
  CHECK(march.reason.at(a2) == "Says the work is late");
  CHECK(march.reason.at(a1) == "Wrong rate");  // the field's reason stands
  // Resolved for A2 on 1 April; A3, issued after the dispute, was never in it.
  Disputes may = find_disputes(book, make_date(2026, 5, 15));
  CHECK(may.disputed[a1]);
  CHECK_FALSE(may.disputed[a2]);
  CHECK_FALSE(may.disputed[a3]);
}
