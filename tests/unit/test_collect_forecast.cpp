#include <doctest/doctest.h>

#include "collect/forecast.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

// On 30 June 2026 (terms 30 days), one customer for each way of expecting the money:
//   planned   a plan agreed 20 June: 500 down, then 500 on 1 July and 500 on 15 July
//   promiser  promised 800 by 3 July: that covers Q1 (800) but not Q2 (700) after it
//   payrun    paid 25 and 22 days late before; pays on the 25th
//   disputer  disputes its invoice; ancient owes one 91 days past due; referred was sent
//             to the agency
const char* kLedger = R"([[customer]]
id = "planned"
name = "Planned Ltd"
[[customer]]
id = "promiser"
name = "Promiser Ltd"
[[customer]]
id = "payrun"
name = "Payrun Ltd"
payment_run = "25"
[[customer]]
id = "disputer"
name = "Disputer Ltd"
[[customer]]
id = "ancient"
name = "Ancient Ltd"
[[customer]]
id = "referred"
name = "Referred Ltd"

[[invoice]]
id = "P1"
customer = "planned"
issued = 2026-05-01
amount = 1000
[[invoice]]
id = "P2"
customer = "planned"
issued = 2026-05-15
amount = 500
[[plan]]
id = "planned-2026-06"
customer = "planned"
invoices = ["P1", "P2"]
agreed = 2026-06-20
installments = [ { due = 2026-06-20, amount = 500 }, { due = 2026-07-01, amount = 500 },
                 { due = 2026-07-15, amount = 500 } ]
[[payment]]
date = 2026-06-20
customer = "planned"
amount = 500

[[invoice]]
id = "Q1"
customer = "promiser"
issued = 2026-05-02
amount = 800
[[invoice]]
id = "Q2"
customer = "promiser"
issued = 2026-05-11
amount = 700
[[invoice]]
id = "Q3"
customer = "promiser"
issued = 2026-06-20
amount = 600
[[contact]]
date = 2026-06-25
customer = "promiser"
channel = "call"
outcome = "promise"
promise_date = 2026-07-03
promise_amount = 800

[[invoice]]
id = "R0"
customer = "payrun"
issued = 2026-01-01
amount = 1000
[[invoice]]
id = "R00"
customer = "payrun"
issued = 2026-02-01
amount = 1000
[[invoice]]
id = "R1"
customer = "payrun"
issued = 2026-06-10
amount = 1000
[[payment]]
date = 2026-02-25
customer = "payrun"
invoice = "R0"
amount = 1000
[[payment]]
date = 2026-03-25
customer = "payrun"
invoice = "R00"
amount = 1000

[[invoice]]
id = "D1"
customer = "disputer"
issued = 2026-06-01
amount = 300
dispute = "Not delivered"
[[invoice]]
id = "A1"
customer = "ancient"
issued = 2026-03-01
amount = 400
[[invoice]]
id = "A2"
customer = "referred"
issued = 2026-05-16
amount = 200
[[contact]]
date = 2026-06-20
customer = "referred"
channel = "letter"
step = "agency"
)";

const Date kToday = make_date(2026, 6, 30);

struct Run {
  Book book;
  ForecastReport report;
  const ForecastItem& item(const char* id) const {
    for (const auto& block : report.blocks)
      for (const auto& item : block.items)
        if (book.invoices[item.invoice].id == id) return item;
    FAIL("no forecast for ", id);
    return report.blocks.front().items.front();
  }
};

Run run(int weeks) {
  auto loaded = test::load_records(kLedger);
  REQUIRE_MESSAGE(!has_errors(loaded.diagnostics), test::messages(loaded));
  Run r{std::move(loaded.book), {}};
  r.report = forecast_report(account_state(r.book, kToday), ForecastSpec{kToday, weeks, ""});
  return r;
}

}  // namespace

TEST_CASE("each invoice's expected date, by the first rule that applies") {
  Run r = run(13);
  // The down payment paid 500 of P1 (oldest due first); 1 July's installment completes it.
  CHECK(r.item("P1").basis == ExpectedFrom::plan);
  CHECK(r.item("P1").balance == 50000);
  CHECK(r.item("P1").expected == make_date(2026, 7, 1));
  CHECK(r.item("P2").expected == make_date(2026, 7, 15));
  CHECK(r.item("P2").early == r.item("P2").late);

  CHECK(r.item("Q1").basis == ExpectedFrom::promise);
  CHECK(r.item("Q1").expected == make_date(2026, 7, 3));
  // Q2 is not covered by what is left of the promise: its due date (10 June) is past.
  CHECK(r.item("Q2").basis == ExpectedFrom::terms);
  CHECK(r.item("Q2").expected == kToday);
  CHECK(r.item("Q3").expected == make_date(2026, 7, 20));  // not yet due when promised

  // Usually (25 + 22) / 2 = 23.5 -> 24 days late: 10 July + 24 = 3 August, then the pay run
  // of 25 August; earliest 1 August and latest 4 August land in the same run.
  const ForecastItem& r1 = r.item("R1");
  CHECK(r1.basis == ExpectedFrom::history);
  CHECK(r1.pay_run);
  CHECK(r1.expected == make_date(2026, 8, 25));
  CHECK(r1.early == make_date(2026, 8, 25));
  CHECK(r1.late == make_date(2026, 8, 25));
  CHECK(r1.week == 8);  // 56 days on

  REQUIRE(r.item("D1").at_risk);
  CHECK(r.item("D1").at_risk->kind == ReasonKind::disputed);
  CHECK(r.item("D1").at_risk->text == "Not delivered");
  REQUIRE(r.item("A1").at_risk);
  CHECK(r.item("A1").at_risk->kind == ReasonKind::at_agency_age);
  CHECK(r.item("A1").at_risk->days == 91);
  CHECK(r.item("A1").at_risk->count == 75);  // the agency step's day
  REQUIRE(r.item("A2").at_risk);
  CHECK(r.item("A2").at_risk->kind == ReasonKind::referred_to_agency);
  CHECK(r.item("A2").at_risk->date == make_date(2026, 6, 20));
  CHECK_FALSE(r.item("A2").week.has_value());
}

TEST_CASE("weeks, later and at risk add up to what is owed") {
  Run r = run(4);
  REQUIRE(r.report.blocks.size() == 1);
  const ForecastBlock& gbp = r.report.blocks[0];
  REQUIRE(gbp.weeks.size() == 4);
  CHECK(gbp.weeks[0].from == kToday);
  CHECK(gbp.weeks[0].to == make_date(2026, 7, 6));
  // Week 1 (30 June - 6 July): P1 500 (1 July), Q1 800 (3 July), Q2 700 (today). Week 3
  // (14 - 20 July): P2 500 (15 July), Q3 600 (20 July). Later: R1 1,000. At risk: D1 300,
  // A1 400, A2 200.
  CHECK(gbp.weeks[0].expected == 200000);
  CHECK(gbp.weeks[1].expected == 0);
  CHECK(gbp.weeks[2].expected == 110000);
  CHECK(gbp.weeks[3].expected == 0);
  CHECK(gbp.later.expected == 100000);
  CHECK(gbp.at_risk == 90000);
  std::int64_t sum = gbp.later.expected + gbp.at_risk;
  for (const auto& week : gbp.weeks) sum += week.expected;
  CHECK(sum == gbp.outstanding);
  CHECK(gbp.outstanding == 500000);
  // Single dates everywhere here: low and high equal the expected amounts.
  for (const auto& week : gbp.weeks) {
    CHECK(week.low == week.expected);
    CHECK(week.high == week.expected);
  }
}

TEST_CASE("low and high follow the spread of the customer's history") {
  // Without its pay run, R1 is expected on 3 August, early on 1 August, late on 4 August.
  std::string ledger = kLedger;
  ledger.replace(ledger.find("payment_run = \"25\"\n"), 19, "");
  auto loaded = test::load_records(ledger);
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  ForecastReport report =
      forecast_report(account_state(loaded.book, kToday), ForecastSpec{kToday, 13, ""});
  const ForecastBlock& gbp = report.blocks[0];
  // Week 5 runs 28 July to 3 August, week 6 from 4 August.
  CHECK(gbp.weeks[4].from == make_date(2026, 7, 28));
  CHECK(gbp.weeks[4].expected == 100000);
  CHECK(gbp.weeks[4].low == 0);        // its late date is in week 6
  CHECK(gbp.weeks[4].high == 100000);  // but its range touches week 5
  CHECK(gbp.weeks[5].expected == 0);
  CHECK(gbp.weeks[5].high == 100000);
  CHECK(gbp.weeks[5].low == 0);
}
