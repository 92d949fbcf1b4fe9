#include <doctest/doctest.h>

#include "collect/plans.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

// 1,000 owed; 200 down on agreement (1 Nov), then 400 on 17 Nov and 400 on 23 Nov.
const char* kLedger = R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-09-01
amount = 1000
[[payment]]
date = 2026-11-01
customer = "acme"
amount = 200
[[plan]]
id = "p"
customer = "acme"
invoices = ["A1"]
agreed = 2026-11-01
installments = [{ due = 2026-11-17, amount = 400 }, { due = 2026-11-23, amount = 400 }]
)";

PlanStatus status_on(const std::string& extra, Date day) {
  auto loaded = test::load_records(std::string(kLedger) + extra);
  REQUIRE(test::messages(loaded) == "");
  return plan_status(loaded.book, 0, day, 3);
}

}  // namespace

TEST_CASE("the down payment on the day of agreement is not counted against installments") {
  auto s = status_on("", make_date(2026, 11, 10));
  CHECK(s.state == PlanState::on_track);
  CHECK(s.paid == 0);
  CHECK(s.next == 0u);
}

TEST_CASE("installments fall due, run late, then break after the grace") {
  CHECK(status_on("", make_date(2026, 11, 17)).state == PlanState::due);
  auto late = status_on("", make_date(2026, 11, 20));
  CHECK(late.state == PlanState::late);
  CHECK(late.arrears == 40000);
  auto broken = status_on("", make_date(2026, 11, 21));
  CHECK(broken.state == PlanState::broken);
  CHECK(broken.broken_on == make_date(2026, 11, 21));
}

TEST_CASE("payments go to the installments in order, partial ones included") {
  std::string paid = "[[payment]]\ndate = 2026-11-16\ncustomer = \"acme\"\namount = 500\n";
  auto s = status_on(paid, make_date(2026, 11, 18));
  CHECK(s.state == PlanState::on_track);
  CHECK(s.next == 1u);
  CHECK(s.paid == 50000);
  auto later = status_on(paid, make_date(2026, 11, 24));
  CHECK(later.state == PlanState::late);
  CHECK(later.arrears == 30000);
  std::string rest = paid + "[[payment]]\ndate = 2026-11-23\ncustomer = \"acme\"\namount = 300\n";
  CHECK(status_on(rest, make_date(2026, 11, 24)).state == PlanState::completed);
}
