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
  return plan_status(loaded.book, allocate(loaded.book, day), 0, day, 3);
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

TEST_CASE("a plan is completed only when every invoice it covers is settled") {
  // A0 is older and outside the plan: oldest-first money would pay it and leave A1 short,
  // while the installments counted as paid. Under the plan, unnamed money pays A1 first.
  const std::string ledger = R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A0"
customer = "acme"
issued = 2026-08-01
amount = 80
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-09-01
amount = 1000
[[plan]]
id = "p"
customer = "acme"
invoices = ["A1"]
agreed = 2026-11-01
installments = [{ due = 2026-11-17, amount = 500 }, { due = 2026-11-24, amount = 500 }]
)";
  auto status = [](const std::string& text, Date day) {
    auto loaded = test::load_records(text);
    REQUIRE(test::messages(loaded) == "");
    Allocation allocation = allocate(loaded.book, day);
    return std::make_pair(plan_status(loaded.book, allocation, 0, day, 3),
                          allocation.balance(loaded.book, 0));
  };
  auto [done, a0] =
      status(ledger +
                 "[[payment]]\ndate = 2026-11-16\ncustomer = \"acme\"\namount = 500\n"
                 "[[payment]]\ndate = 2026-11-23\ncustomer = \"acme\"\namount = 500\n",
             make_date(2026, 11, 25));
  CHECK(done.state == PlanState::completed);
  CHECK(done.paid == 100000);
  CHECK(a0 == 8000);  // still owed, outside the plan
  // Money that names the other invoice never counts towards the plan.
  auto [late, ignored] = status(
      ledger +
          "[[payment]]\ndate = 2026-11-16\ncustomer = \"acme\"\ninvoice = \"A0\"\namount = 80\n",
      make_date(2026, 11, 18));
  CHECK(late.paid == 0);
  CHECK(late.state == PlanState::late);
  CHECK(ignored == 0);
}

TEST_CASE("plan_is_live: agreed and neither broken nor completed") {
  CHECK(plan_is_live(PlanState::on_track));
  CHECK(plan_is_live(PlanState::due));
  CHECK(plan_is_live(PlanState::late));
  CHECK_FALSE(plan_is_live(PlanState::broken));
  CHECK_FALSE(plan_is_live(PlanState::completed));
}
