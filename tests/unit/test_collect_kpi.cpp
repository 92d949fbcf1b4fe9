#include <doctest/doctest.h>

#include "collect/kpi.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

// Terms 30 days. D is old (due 1 Dec 2025); A, B and C fall in the first quarter of 2026.
// Payments: A in full on 20 Feb; 800 on account on 25 Mar (D 500, then B 300: oldest due
// first); a credit note of 100 on B on 28 Mar. E is in euros, for another customer.
const char* kLedger = R"([[customer]]
id = "acme"
name = "Acme"
[[customer]]
id = "bolt"
name = "Bolt"
[[invoice]]
id = "D"
customer = "acme"
issued = 2025-11-01
amount = 500
[[invoice]]
id = "A"
customer = "acme"
issued = 2026-01-10
amount = 1000
[[invoice]]
id = "B"
customer = "acme"
issued = 2026-02-15
amount = 2000
[[invoice]]
id = "C"
customer = "acme"
issued = 2026-03-20
amount = 3000
[[invoice]]
id = "E"
customer = "bolt"
issued = 2026-02-01
amount = 400
currency = "EUR"
[[payment]]
date = 2026-02-20
customer = "acme"
invoice = "A"
amount = 1000
[[payment]]
date = 2026-03-25
customer = "acme"
amount = 800
[[credit]]
date = 2026-03-28
customer = "acme"
invoice = "B"
amount = 100
reason = "Rate corrected"
)";

KpiReport run(KpiSpec spec) {
  auto loaded = test::load_records(kLedger);
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  return kpi_report(loaded.book, spec);
}

KpiSpec first_quarter() {
  KpiSpec spec;
  spec.from = make_date(2026, 1, 1);
  spec.to = make_date(2026, 3, 31);
  return spec;
}

}  // namespace

TEST_CASE("countback DSO: the issue's example, in 30-day and in calendar months") {
  // 212,000 owed; the last three months sold 100,000, 80,000 and 70,000: two whole months,
  // then 32,000 / 70,000 of the third.
  CHECK(countback_dso(212'000, {{100'000, 30}, {80'000, 30}, {70'000, 30}}) == 737);  // 73.7
  // November, October, September: 30 + 31 + 32,000 / 70,000 x 30 = 74.7.
  CHECK(countback_dso(212'000, {{100'000, 30}, {80'000, 31}, {70'000, 30}}) == 747);
  CHECK(countback_dso(0, {{100'000, 30}}) == 0);
  CHECK(countback_dso(100'000, {{100'000, 30}, {5, 31}}) == 300);  // exactly one month
  CHECK(countback_dso(50, {{0, 31}, {100, 30}}) == 460);  // a month with no sales counts whole
  CHECK_FALSE(countback_dso(50, {{0, 31}}).has_value());
}

TEST_CASE("tenths round half up, away from zero, and divide by zero gives none") {
  CHECK(tenths_of(1900, 100, 3500) == 543);  // 54.2857...
  CHECK(tenths_of(1, 1, 20) == 1);           // 0.05 -> 0.1
  CHECK(tenths_of(-1, 1, 20) == -1);
  CHECK_FALSE(tenths_of(5, 1, 0).has_value());
}

TEST_CASE("every KPI of a quarter, by hand") {
  KpiReport report = run(first_quarter());
  REQUIRE(report.blocks.size() == 2);
  CHECK(report.blocks[0].currency == "GBP");  // the business currency first
  const KpiFigures& f = report.blocks[0].period;
  CHECK(f.days == 90);
  CHECK(f.sales == 600000);        // A + B + C; D was issued before the quarter
  CHECK(f.collections == 180000);  // 1,000 + 800
  CHECK(f.credit_notes == 10000);
  CHECK(f.start_receivables == 50000);  // D
  CHECK(f.receivables == 460000);       // B 1,600 + C 3,000
  CHECK(f.current == 300000);           // C, due 19 April
  CHECK(f.over_90 == 0);                // B is 14 days past due
  CHECK(f.dso == 690);                  // 4,600 / 6,000 x 90 = 69.0
  CHECK(f.best_dso == 450);             // 3,000 / 6,000 x 90 = 45.0
  CHECK(f.days_delinquent == 240);      // 69.0 - 45.0
  CHECK(f.cei == 543);                  // (500 + 6,000 - 4,600) / (500 + 6,000 - 3,000) = 54.3%
  // 4,600 owed: March sold 3,000 (31 days), then 1,600 / 2,000 of February's 28 = 22.4.
  CHECK(f.countback_dso == 534);
  CHECK(f.over_90_share == 0);
  // Settled in the quarter: A (1,000) on 20 Feb, 41 days after issue, 11 past due; D (500) on
  // 25 Mar, 144 days after issue, 114 past due. Weighted by amount:
  CHECK(f.paid_invoices == 2);
  CHECK(f.days_to_pay == 753);        // (1,000 x 41 + 500 x 144) / 1,500 = 75.3
  CHECK(f.days_beyond_terms == 453);  // (1,000 x 11 + 500 x 114) / 1,500 = 45.3

  const KpiFigures& eur = report.blocks[1].period;
  CHECK(report.blocks[1].currency == "EUR");
  CHECK(eur.sales == 40000);
  CHECK(eur.receivables == 40000);
  CHECK(eur.over_90 == 0);  // due 3 March
  CHECK(eur.dso == 900);    // all of it: 400 / 400 x 90
  CHECK(eur.best_dso == 0);
  CHECK_FALSE(eur.days_to_pay.has_value());  // nothing settled
}

TEST_CASE("month by month, each month from its own start") {
  KpiSpec spec = first_quarter();
  spec.by_month = true;
  KpiReport report = run(spec);
  const auto& months = report.blocks[0].months;
  REQUIRE(months.size() == 3);
  // January: D 500 (past due) and A 1,000 (current) owed at the end.
  CHECK(months[0].receivables == 150000);
  CHECK(months[0].dso == 465);            // 1,500 / 1,000 x 31
  CHECK(months[0].best_dso == 310);       // 1,000 / 1,000 x 31
  CHECK(months[0].cei == 0);              // nothing collected
  CHECK(months[0].countback_dso == 920);  // January 31 + December 31 (no sales) + November 30
  // February: A paid; D and B (current) owed.
  CHECK(months[1].start_receivables == 150000);
  CHECK(months[1].receivables == 250000);
  CHECK(months[1].dso == 350);  // 2,500 / 2,000 x 28
  CHECK(months[1].cei == 667);  // (1,500 + 2,000 - 2,500) / (1,500 + 2,000 - 2,000)
  CHECK(months[1].days_to_pay == 410);
  CHECK(months[1].days_beyond_terms == 110);
  // March: the quarter's end.
  CHECK(months[2].dso == 475);  // 4,600 / 3,000 x 31 = 47.53
  CHECK(months[2].cei == 360);  // (2,500 + 3,000 - 4,600) / (2,500 + 3,000 - 3,000)
  CHECK(months[2].days_to_pay == 1440);
  CHECK(months[2].countback_dso == report.blocks[0].period.countback_dso);
  // EUR has a row for every month too, January's empty.
  REQUIRE(report.blocks[1].months.size() == 3);
  CHECK(report.blocks[1].months[0].sales == 0);
  CHECK_FALSE(report.blocks[1].months[0].dso.has_value());
}

TEST_CASE("one customer's KPIs leave the others out") {
  KpiSpec spec = first_quarter();
  spec.customer = "bolt";
  KpiReport report = run(spec);
  REQUIRE(report.blocks.size() == 1);
  CHECK(report.blocks[0].currency == "EUR");
}

TEST_CASE("over 90 days past due is counted on the period's last day") {
  KpiSpec spec;
  spec.from = make_date(2026, 3, 1);
  spec.to = make_date(2026, 3, 24);  // before the payment on account: D is 113 days past due
  KpiReport report = run(spec);
  const KpiFigures& f = report.blocks[0].period;
  CHECK(f.over_90 == 50000);
  CHECK(f.receivables == 550000);  // D 500 + B 2,000 + C 3,000; A was paid
  CHECK(f.over_90_share == 91);    // 500 / 5,500 = 9.09%
}
