#include <doctest/doctest.h>

#include "collect/promises.hpp"
#include "collect/segment.hpp"
#include "fixture.hpp"
#include "render/reason.hpp"

using namespace arcollect;

namespace {

// The reasons as the report words them.
std::vector<std::string> words(const std::vector<Reason>& reasons) {
  std::vector<std::string> out;
  for (const Reason& r : reasons) out.push_back(reason_text(r));
  return out;
}

// As of 30 June 2026, terms 30 days: one customer for each segment.
//   punctual  pays on or before the due date
//   dawdle    pays 5 to 10 days late; kept a promise
//   laggard   paid 5 days late last year, 40 to 60 this year, and owes one 60 days past due
//   brinkman  over its credit limit and broke two promises
//   newbie    one invoice so far
const char* kLedger = R"([[customer]]
id = "punctual"
name = "Punctual Ltd"
[[customer]]
id = "dawdle"
name = "Dawdle Ltd"
[[customer]]
id = "laggard"
name = "Laggard Ltd"
[[customer]]
id = "brinkman"
name = "Brinkman Ltd"
credit_limit = 1500
[[customer]]
id = "newbie"
name = "Newbie Ltd"

[[invoice]]
id = "P1"
customer = "punctual"
issued = 2026-01-01
amount = 1000
[[invoice]]
id = "P2"
customer = "punctual"
issued = 2026-02-01
amount = 2000
[[invoice]]
id = "P3"
customer = "punctual"
issued = 2026-03-01
amount = 1000
[[invoice]]
id = "P4"
customer = "punctual"
issued = 2026-06-15
amount = 5000
[[payment]]
date = 2026-01-30
customer = "punctual"
invoice = "P1"
amount = 1000
[[payment]]
date = 2026-03-03
customer = "punctual"
invoice = "P2"
amount = 2000
[[payment]]
date = 2026-03-20
customer = "punctual"
invoice = "P3"
amount = 1000

[[invoice]]
id = "S1"
customer = "dawdle"
issued = 2026-01-01
amount = 1000
[[invoice]]
id = "S2"
customer = "dawdle"
issued = 2026-02-01
amount = 1000
[[invoice]]
id = "S3"
customer = "dawdle"
issued = 2026-03-01
amount = 2000
dispute = "Hours queried"
[[payment]]
date = 2026-02-10
customer = "dawdle"
invoice = "S1"
amount = 1000
[[payment]]
date = 2026-03-13
customer = "dawdle"
invoice = "S2"
amount = 1000
[[payment]]
date = 2026-04-05
customer = "dawdle"
invoice = "S3"
amount = 2000
[[contact]]
date = 2026-03-05
customer = "dawdle"
channel = "call"
outcome = "promise"
promise_date = 2026-03-13
promise_amount = 1000

[[invoice]]
id = "C0"
customer = "laggard"
issued = 2025-09-01
amount = 1000
[[invoice]]
id = "C1"
customer = "laggard"
issued = 2026-01-05
amount = 1000
[[invoice]]
id = "C2"
customer = "laggard"
issued = 2026-02-01
amount = 1000
[[invoice]]
id = "C3"
customer = "laggard"
issued = 2026-04-01
amount = 1000
[[payment]]
date = 2025-10-06
customer = "laggard"
invoice = "C0"
amount = 1000
[[payment]]
date = 2026-04-05
customer = "laggard"
invoice = "C1"
amount = 1000
[[payment]]
date = 2026-04-12
customer = "laggard"
invoice = "C2"
amount = 1000

[[invoice]]
id = "B1"
customer = "brinkman"
issued = 2026-04-01
amount = 1000
[[invoice]]
id = "B2"
customer = "brinkman"
issued = 2026-05-01
amount = 1000
[[contact]]
date = 2026-05-10
customer = "brinkman"
channel = "call"
outcome = "promise"
promise_date = 2026-05-20
promise_amount = 500
[[contact]]
date = 2026-06-01
customer = "brinkman"
channel = "call"
outcome = "promise"
promise_date = 2026-06-10
[[contact]]
date = 2026-06-28
customer = "brinkman"
channel = "call"
outcome = "promise"
promise_date = 2026-07-05

[[invoice]]
id = "N1"
customer = "newbie"
issued = 2026-05-01
amount = 500
[[payment]]
date = 2026-06-05
customer = "newbie"
invoice = "N1"
amount = 500
)";

Book load() {
  auto loaded = test::load_records(kLedger);
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  return std::move(loaded.book);
}

const Date kToday = make_date(2026, 6, 30);

const CustomerSegment& find(const SegmentReport& report, const Book& book, const char* id) {
  for (const auto& s : report.customers)
    if (book.customers[s.behaviour.customer].id == id) return s;
  FAIL("no row for ", id);
  return report.customers.front();
}

}  // namespace

TEST_CASE("each customer's payment behaviour, by hand") {
  const Book book = load();
  SegmentReport report =
      segment_report(account_state(book, kToday), SegmentSpec{kToday, std::nullopt});

  const Behaviour& punctual = find(report, book, "punctual").behaviour;
  CHECK(punctual.invoices_due == 3);  // P4 is not due until 15 July
  CHECK(punctual.invoices_paid == 3);
  CHECK(punctual.days_late == 0);
  CHECK(punctual.on_time_share == 1000);
  // Paid 1 day early, on the day, 11 days early: (-1,000 + 0 - 11,000) / 4,000 = -3.
  CHECK(punctual.usual_lateness == -3);
  CHECK(punctual.earliest_lateness == -11);
  CHECK(punctual.latest_lateness == 0);
  CHECK(punctual.owed.size() == 1);
  CHECK(punctual.owed[0].minor == 500000);

  const Behaviour& dawdle = find(report, book, "dawdle").behaviour;
  // 10, 10 and 5 days late, the last on 2,000: (10,000 + 10,000 + 10,000) / 4,000 = 7.5.
  CHECK(dawdle.days_late == 75);
  CHECK(dawdle.on_time_share == 0);
  CHECK(dawdle.trend == Trend::none);  // all due within the last 180 days
  CHECK(dawdle.promises == 1);
  CHECK(dawdle.promises_kept == 1);  // 1,000 paid on 13 March
  CHECK(dawdle.disputes == 1);       // S3's dispute field; settled, so it still counts as late

  const Behaviour& laggard = find(report, book, "laggard").behaviour;
  // 5, 60, 40 and (C3, open) 60 days so far: 165 / 4 = 41.25.
  CHECK(laggard.days_late == 413);
  CHECK(laggard.recent_days_late == 533);  // C1, C2, C3: 160 / 3
  CHECK(laggard.earlier_days_late == 50);  // C0, due 1 Oct 2025
  CHECK(laggard.trend == Trend::worse);
  CHECK(laggard.oldest_past_due == 60);  // not more than 60: not at risk
  CHECK(laggard.usual_lateness == 35);   // settled only: (5 + 60 + 40) / 3

  const Behaviour& brinkman = find(report, book, "brinkman").behaviour;
  CHECK(brinkman.exposure == 200000);
  CHECK(brinkman.promises == 3);
  CHECK(brinkman.promises_broken == 2);  // 500 by 20 May; all overdue by 10 June
  CHECK(brinkman.promises_kept == 0);    // the third is pending until 7 July
  CHECK_FALSE(brinkman.usual_lateness.has_value());
}

TEST_CASE("segments, their reasons and ladders") {
  const Book book = load();
  SegmentReport report =
      segment_report(account_state(book, kToday), SegmentSpec{kToday, std::nullopt});
  REQUIRE(report.customers.size() == 5);
  std::vector<std::string> order;
  for (const auto& s : report.customers) order.push_back(book.customers[s.behaviour.customer].id);
  CHECK(order == std::vector<std::string>{"brinkman", "laggard", "dawdle", "newbie", "punctual"});

  const CustomerSegment& brinkman = find(report, book, "brinkman");
  CHECK(brinkman.segment == Segment::at_risk);
  CHECK(words(brinkman.reasons) ==
        std::vector<std::string>{"owes 2,000.00 GBP against a credit limit of 1,500.00 GBP",
                                 "2 promises broken"});
  CHECK(brinkman.suggested_ladder == "strict");
  CHECK_FALSE(brinkman.suggested_exists);

  CHECK(find(report, book, "laggard").segment == Segment::chronic);
  CHECK(words(find(report, book, "laggard").reasons) ==
        std::vector<std::string>{"41.3 days late on average"});
  CHECK(find(report, book, "dawdle").segment == Segment::slow);
  CHECK(words(find(report, book, "dawdle").reasons) ==
        std::vector<std::string>{"7.5 days late on average", "0.0% paid on time"});
  CHECK(find(report, book, "dawdle").suggested_ladder.empty());
  CHECK(find(report, book, "newbie").segment == Segment::new_customer);
  CHECK(find(report, book, "punctual").segment == Segment::prompt);
}

TEST_CASE("one more day past due makes the laggard at risk; --segment keeps one segment") {
  const Book book = load();
  SegmentReport report = segment_report(account_state(book, add_days(kToday, 1)),
                                        SegmentSpec{add_days(kToday, 1), Segment::at_risk});
  REQUIRE(report.customers.size() == 2);
  CHECK(book.customers[report.customers[1].behaviour.customer].id == "laggard");
  CHECK(words(report.customers[1].reasons) ==
        std::vector<std::string>{"an invoice 61 days past due"});
}

TEST_CASE("promise outcomes: kept, broken, pending, and replaced by a plan") {
  Book book = load();
  const std::size_t brinkman = book.customer_index.at("brinkman");
  Allocation allocation = allocate(book, kToday);
  auto outcomes = promise_outcomes(book, brinkman, kToday, allocation);
  REQUIRE(outcomes.size() == 3);
  CHECK(outcomes[0].state == PromiseState::broken);
  CHECK(outcomes[0].deadline == make_date(2026, 5, 22));  // two days' grace
  CHECK(outcomes[1].state == PromiseState::broken);
  CHECK(outcomes[1].invoices.size() == 2);  // B1 and B2 were past due on 1 June
  CHECK(outcomes[2].state == PromiseState::pending);

  // A plan agreed on 5 June, before the second promise's deadline: that one was replaced.
  Plan plan;
  plan.id = "brinkman-plan";
  plan.customer = "brinkman";
  plan.agreed = make_date(2026, 6, 5);
  book.plans.push_back(plan);
  book.by_customer[brinkman].plans.push_back(book.plans.size() - 1);
  outcomes = promise_outcomes(book, brinkman, kToday, allocation);
  CHECK(outcomes[0].state == PromiseState::broken);
  CHECK(outcomes[1].state == PromiseState::replaced);
}
