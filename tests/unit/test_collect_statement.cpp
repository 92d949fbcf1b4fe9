// A statement of account: opening balance, running balance, plan installments, promises.
#include <doctest/doctest.h>

#include "collect/statement.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

const char* kLedger = R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-10
amount = 100
[[invoice]]
id = "A2"
customer = "acme"
issued = 2026-03-01
amount = 250
[[invoice]]
id = "E1"
customer = "acme"
issued = 2026-03-05
amount = 70
currency = "EUR"
[[payment]]
date = 2026-02-01
customer = "acme"
amount = 40
[[credit]]
date = 2026-03-10
customer = "acme"
invoice = "A2"
amount = 50
reason = "Late delivery"
[[invoice]]
id = "FUTURE"
customer = "acme"
issued = 2026-12-01
amount = 999
[[plan]]
id = "p1"
customer = "acme"
invoices = ["A2"]
agreed = 2026-03-11
installments = [{ due = 2026-03-20, amount = 100 }, { due = 2026-04-20, amount = 100 }]
[[contact]]
date = 2026-03-12
customer = "acme"
channel = "call"
outcome = "promise"
promise_date = 2026-04-01
promise_amount = 60
)";

Statement make(Date from, Date today, bool history = true) {
  static auto loaded = test::load_records(kLedger);
  REQUIRE(test::messages(loaded) == "");
  return statement(account_state(loaded.book, today), 0, StatementSpec{from, today, history});
}

}  // namespace

TEST_CASE("earlier records make the opening balance; each line carries the running balance") {
  Statement s = make(make_date(2026, 3, 1), make_date(2026, 3, 31));
  REQUIRE(s.accounts.size() == 2);
  const StatementAccount& gbp = s.accounts[0];  // the business currency first
  CHECK(gbp.currency == "GBP");
  CHECK(gbp.opening == 6000);  // 100.00 invoiced less 40.00 paid before 1 March
  REQUIRE(gbp.lines.size() == 3);
  CHECK(gbp.lines[0].reference == "A2");
  CHECK(gbp.lines[0].balance == 31000);
  CHECK(gbp.lines[1].kind == StatementKind::credit);
  CHECK(gbp.lines[1].names_invoice == "A2");
  CHECK(gbp.lines[1].description == "Late delivery");
  CHECK(gbp.lines[1].balance == 26000);
  CHECK(gbp.lines[2].kind == StatementKind::installment);  // beside the balance, not in it
  CHECK(gbp.lines[2].due == 10000);
  CHECK(gbp.closing == 26000);
  REQUIRE(gbp.aging);
  CHECK(gbp.aging->total == 26000);
  CHECK(s.accounts[1].currency == "EUR");
  CHECK(s.accounts[1].closing == 7000);
}

TEST_CASE("invoices issued after the as-of date are not on the statement") {
  Statement s = make(make_date(2026, 1, 1), make_date(2026, 11, 22));
  for (const auto& line : s.accounts[0].lines) CHECK(line.reference != "FUTURE");
  CHECK(s.accounts[0].opening == 0);
}

TEST_CASE("a promise is open while the promise rule has it pending; history follows --from") {
  Statement s = make(make_date(2026, 3, 1), make_date(2026, 3, 31));
  REQUIRE(s.promises.size() == 1);
  CHECK(s.promises[0].date == make_date(2026, 4, 1));
  CHECK(s.promises[0].amount->minor == 6000);
  CHECK(s.history.size() == 1);
  // Pending through its date plus the two days' grace, broken after.
  CHECK(make(make_date(2026, 3, 1), make_date(2026, 4, 3)).promises.size() == 1);
  CHECK(make(make_date(2026, 3, 1), make_date(2026, 4, 4)).promises.empty());
  CHECK(make(make_date(2026, 3, 13), make_date(2026, 3, 31)).history.empty());
  CHECK(make(make_date(2026, 3, 1), make_date(2026, 3, 31), false).history.empty());
}
