// The promise rule (collect/promises): one answer for due, segment, forecast and statement.
#include <doctest/doctest.h>

#include "collect/account_state.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

// Q1 (500, due 15 October) and Q2 (700, due 19 November). On 5 November the customer promised
// 500.00 by 13 November: with two days' grace, the deadline is 15 November.
const char* kLedger = R"([[customer]]
id = "quarry"
name = "Quarry Ltd"
[[invoice]]
id = "Q1"
customer = "quarry"
issued = 2026-09-15
amount = 500
[[invoice]]
id = "Q2"
customer = "quarry"
issued = 2026-10-20
amount = 700
[[contact]]
date = 2026-11-05
customer = "quarry"
invoices = ["Q1"]
channel = "call"
outcome = "promise"
promise_date = 2026-11-13
promise_amount = 500
)";

PromiseOutcome outcome(const std::string& extra, Date today) {
  auto loaded = test::load_records(std::string(kLedger) + extra);
  REQUIRE(test::messages(loaded) == "");
  const AccountState state = account_state(loaded.book, today);
  REQUIRE(state.promises[0].size() == 1);
  return state.promises[0][0];
}

std::string money(const char* kind, const char* day, const char* invoice, int amount) {
  std::string text = std::string("[[") + kind + "]]\ndate = " + day + "\ncustomer = \"quarry\"\n";
  if (*invoice) text += std::string("invoice = \"") + invoice + "\"\n";
  return text + "amount = " + std::to_string(amount) + "\n";
}

}  // namespace

TEST_CASE("pending until the deadline, then broken") {
  auto pending = outcome("", make_date(2026, 11, 15));
  CHECK(pending.state == PromiseState::pending);
  CHECK(pending.deadline == make_date(2026, 11, 15));
  CHECK(outcome("", make_date(2026, 11, 16)).state == PromiseState::broken);
}

TEST_CASE("kept by the promised amount paid after it was made, by the deadline") {
  CHECK(outcome(money("payment", "2026-11-12", "", 500), make_date(2026, 11, 20)).state ==
        PromiseState::kept);
  // Paid in parts, on the deadline: kept.
  auto parts = money("payment", "2026-11-10", "Q2", 200) + money("payment", "2026-11-15", "", 300);
  auto kept = outcome(parts, make_date(2026, 11, 20));
  CHECK(kept.state == PromiseState::kept);
  CHECK(kept.paid == 50000);
  // Too late, or on the day it was made (money for another invoice): broken.
  CHECK(outcome(money("payment", "2026-11-16", "", 500), make_date(2026, 11, 20)).state ==
        PromiseState::broken);
  CHECK(outcome(money("payment", "2026-11-05", "Q2", 500), make_date(2026, 11, 20)).state ==
        PromiseState::broken);
}

TEST_CASE("a credit note is not money paid: it keeps a promise only by settling what it covers") {
  // 500.00 of credit on Q2 leaves Q1 unpaid: broken, for every report alike.
  auto credit = outcome(money("credit", "2026-11-10", "Q2", 500), make_date(2026, 11, 16));
  CHECK(credit.state == PromiseState::broken);
  CHECK(credit.paid == 0);
  // A credit note that settles Q1, the invoice the promise covers: nothing is left to pay.
  CHECK(outcome(money("credit", "2026-11-10", "Q1", 500), make_date(2026, 11, 16)).state ==
        PromiseState::kept);
}

TEST_CASE("a plan agreed after the promise, by its deadline, replaces it") {
  const std::string plan =
      "[[plan]]\nid = \"p\"\ncustomer = \"quarry\"\ninvoices = [\"Q1\"]\nagreed = 2026-11-14\n"
      "installments = [{ due = 2026-11-21, amount = 250 }, { due = 2026-11-28, amount = 250 }]\n";
  CHECK(outcome(plan, make_date(2026, 11, 16)).state == PromiseState::replaced);
}
