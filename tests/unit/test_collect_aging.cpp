#include <doctest/doctest.h>

#include "collect/aging.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

// Due dates (30-day terms): A 2026-01-31, B 2026-03-03, C 2026-05-31, D 2026-06-30.
const char* kLedger = R"([[customer]]
id = "acme"
name = "Acme"
[[customer]]
id = "bolt"
name = "Bolt"
[[invoice]]
id = "A"
customer = "acme"
issued = 2026-01-01
amount = 100
[[invoice]]
id = "B"
customer = "acme"
issued = 2026-02-01
amount = 200
dispute = "Wrong rate"
[[invoice]]
id = "C"
customer = "bolt"
issued = 2026-05-01
amount = 300
[[invoice]]
id = "D"
customer = "bolt"
issued = 2026-05-31
amount = 400
currency = "EUR"
[[payment]]
date = 2026-04-01
customer = "bolt"
amount = 1000
currency = "USD"
[[payment]]
date = 2026-04-02
customer = "acme"
invoice = "A"
amount = 40
)";

AgingReport run(const AgingSpec& spec, Date today) {
  auto loaded = test::load_records(kLedger);
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  return aging_report(account_state(loaded.book, today), spec);
}

}  // namespace

TEST_CASE("bucket labels and indexes follow the configured limits") {
  CHECK(bucket_labels({30, 60, 90}) ==
        std::vector<std::string>{"current", "1-30", "31-60", "61-90", "90+"});
  CHECK(bucket_index(-5, {30, 60, 90}) == 0);
  CHECK(bucket_index(0, {30, 60, 90}) == 0);
  CHECK(bucket_index(1, {30, 60, 90}) == 1);
  CHECK(bucket_index(30, {30, 60, 90}) == 1);
  CHECK(bucket_index(31, {30, 60, 90}) == 2);
  CHECK(bucket_index(90, {30, 60, 90}) == 3);
  CHECK(bucket_index(91, {30, 60, 90}) == 4);
}

TEST_CASE("aging per customer: buckets, totals, disputes, credit, one block per currency") {
  AgingSpec spec;
  const Date today = make_date(2026, 6, 15);
  AgingReport report = run(spec, today);
  REQUIRE(report.blocks.size() == 3);
  CHECK(report.blocks[0].currency == "GBP");  // the business currency first
  CHECK(report.blocks[1].currency == "EUR");
  CHECK(report.blocks[2].currency == "USD");

  const AgingBlock& gbp = report.blocks[0];
  REQUIRE(gbp.rows.size() == 2);
  CHECK(gbp.rows[0].customer == "acme");                                   // oldest debt first
  CHECK(gbp.rows[0].days == days_between(make_date(2026, 1, 31), today));  // 135
  CHECK(gbp.rows[0].buckets == std::vector<std::int64_t>{0, 0, 0, 0, 26000});
  CHECK(gbp.rows[0].disputed == 20000);
  CHECK(gbp.rows[1].customer == "bolt");
  CHECK(gbp.rows[1].days == 15);
  CHECK(gbp.rows[1].buckets == std::vector<std::int64_t>{0, 30000, 0, 0, 0});
  CHECK(gbp.total == 56000);
  std::int64_t sum = 0;
  for (auto b : gbp.buckets) sum += b;
  CHECK(sum == gbp.total);

  const AgingBlock& eur = report.blocks[1];
  REQUIRE(eur.rows.size() == 1);
  CHECK(eur.rows[0].buckets[0] == 40000);  // due 30 June: current

  const AgingBlock& usd = report.blocks[2];  // a payment in a currency nothing is owed in
  REQUIRE(usd.rows.size() == 1);
  CHECK(usd.total == 0);
  CHECK(usd.credit == 100000);
}

TEST_CASE("aging per invoice, by issue date, with filters") {
  AgingSpec spec;
  spec.by = AgingGroup::invoice;
  spec.basis = AgingBasis::issued;
  spec.min_days = 40;
  AgingReport report = run(spec, make_date(2026, 6, 15));
  REQUIRE(report.blocks.size() == 1);
  const auto& rows = report.blocks[0].rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].invoice == "A");
  CHECK(rows[0].paid == 4000);
  CHECK(rows[0].total == 6000);
  CHECK(rows[1].invoice == "B");
  CHECK(rows[1].dispute == "Wrong rate");
  CHECK(rows[2].invoice == "C");
  CHECK(rows[2].days == 45);
  CHECK(rows[2].bucket == 2);

  spec.customer = "bolt";
  spec.min_days = INT_MIN;
  spec.basis = AgingBasis::due;
  report = run(spec, make_date(2026, 5, 31));
  REQUIRE(report.blocks.size() == 2);
  REQUIRE(report.blocks[0].rows.size() == 1);
  CHECK(report.blocks[0].rows[0].days == 0);    // C is due today
  CHECK(report.blocks[1].rows[0].days == -30);  // D is due in 30 days
}

TEST_CASE("nothing issued yet, nothing owed") {
  CHECK(run(AgingSpec{}, make_date(2025, 12, 31)).blocks.empty());
}

TEST_CASE("a contact-log dispute holds until resolved") {
  std::string ledger = std::string(kLedger) + R"(
[[contact]]
date = 2026-02-10
customer = "bolt"
channel = "email"
outcome = "dispute"
note = "Says the work is late"
[[contact]]
date = 2026-05-20
customer = "bolt"
invoices = ["C"]
channel = "call"
outcome = "dispute"
[[contact]]
date = 2026-06-10
customer = "bolt"
invoices = ["C"]
channel = "call"
outcome = "resolved"
)";
  auto loaded = test::load_records(ledger);
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  AgingSpec spec;
  spec.by = AgingGroup::invoice;
  spec.customer = "bolt";
  auto during = aging_report(account_state(loaded.book, make_date(2026, 6, 1)), spec);
  CHECK(during.blocks[0].rows[0].dispute == "disputed on 2026-05-20");
  auto after = aging_report(account_state(loaded.book, make_date(2026, 6, 15)), spec);
  CHECK(after.blocks[0].rows[0].dispute.empty());
}
