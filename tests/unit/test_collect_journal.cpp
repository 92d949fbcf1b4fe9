// The receivables as journal transactions (collect/journal).
#include <doctest/doctest.h>

#include <map>

#include "collect/aging.hpp"
#include "collect/journal.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

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
po = "PO-7"
[[invoice]]
id = "B"
customer = "acme"
issued = 2026-02-01
amount = 200
[[invoice]]
id = "C"
customer = "bolt"
issued = 2026-03-01
amount = 300
[[invoice]]
id = "D"
customer = "bolt"
issued = 2026-03-01
amount = 400
currency = "EUR"
[[payment]]
date = 2026-02-10
customer = "acme"
invoice = "A"
amount = 100
ref = "BACS 1"
[[payment]]
date = 2026-03-05
customer = "bolt"
amount = 250
[[credit]]
date = 2026-03-20
customer = "acme"
invoice = "B"
amount = 20
reason = "Late"
[[plan]]
id = "acme-plan"
customer = "acme"
invoices = ["B"]
agreed = 2026-03-01
installments = [{ due = 2026-04-01, amount = 200 }]
)";

Date day(const char* text) {
  return *parse_date(text);
}

// The receivable of each customer and currency, summed over the journal.
std::map<std::pair<std::string, std::string>, std::int64_t> receivables(const Journal& j) {
  std::map<std::pair<std::string, std::string>, std::int64_t> out;
  for (const auto& entry : j.entries)
    for (const auto& posting : entry.postings)
      if (posting.account == JournalAccount::receivable)
        out[{entry.customer, entry.currency}] += posting.minor;
  return out;
}

}  // namespace

TEST_CASE("one balanced transaction per invoice, payment and credit note, in date order") {
  LoadResult r = test::load_records(kLedger);
  REQUIRE(test::messages(r) == "");
  Journal j = journal(r.book, {});
  REQUIRE(j.entries.size() == 7);
  CHECK(j.business_currency == "GBP");
  for (const auto& entry : j.entries) {
    std::int64_t sum = 0;
    for (const auto& posting : entry.postings) sum += posting.minor;
    CHECK(sum == 0);
    CHECK(entry.postings.front().account == JournalAccount::receivable);
  }
  const JournalEntry& a = j.entries[0];
  CHECK(a.kind == JournalKind::invoice);
  CHECK(a.invoice == "A");
  CHECK(a.po == "PO-7");
  CHECK(format_date(*a.due) == "2026-01-31");
  CHECK(a.postings[0].minor == 10000);
  CHECK(a.postings[1].account == JournalAccount::income);
  CHECK(a.postings[1].minor == -10000);
  const JournalEntry& paid = j.entries[2];  // 2026-02-10, after B on 02-01
  CHECK(paid.kind == JournalKind::payment);
  CHECK(paid.invoice == "A");
  CHECK(paid.ref == "BACS 1");
  CHECK(paid.postings[0].minor == -10000);
  CHECK(paid.postings[1].account == JournalAccount::bank);
  CHECK(j.entries[1].plans == std::vector<std::string>{"acme-plan"});
  // C and D on one day: one transaction each, never two currencies in one.
  CHECK(j.entries[3].currency == "GBP");
  CHECK(j.entries[4].currency == "EUR");
  CHECK(j.entries[4].postings[0].minor == 40000);
  const JournalEntry& credit = j.entries.back();
  CHECK(credit.kind == JournalKind::credit);
  CHECK(credit.description == "Late");
  CHECK(credit.postings[1].account == JournalAccount::credit_notes);
  CHECK(credit.postings[1].minor == 2000);
}

TEST_CASE("each receivable adds up to what aging shows as owed, less the credit") {
  LoadResult r = test::load_records(kLedger);
  REQUIRE(test::messages(r) == "");
  for (const char* to : {"2026-01-15", "2026-02-20", "2026-03-02", "2026-03-31"}) {
    CAPTURE(to);
    auto sums = receivables(journal(r.book, {.from = std::nullopt, .to = day(to)}));
    AgingReport report = aging_report(account_state(r.book, day(to)), AgingSpec{});
    std::map<std::pair<std::string, std::string>, std::int64_t> owed;
    for (const auto& block : report.blocks)
      for (const auto& row : block.rows)
        owed[{row.customer, block.currency}] = row.total - row.credit;
    for (const auto& [key, minor] : sums) CHECK(owed[key] == minor);
    for (const auto& [key, minor] : owed) CHECK(sums[key] == minor);
  }
}

TEST_CASE("money paid beyond every invoice stays on the receivable, as aging's credit") {
  LoadResult r = test::load_records(std::string(kLedger) +
                                    "[[payment]]\ndate = 2026-03-25\ncustomer = \"acme\"\n"
                                    "amount = 500\n");
  REQUIRE(test::messages(r).find("overpayment") != std::string::npos);
  const Date to = day("2026-03-31");
  auto sums = receivables(journal(r.book, {.from = std::nullopt, .to = to}));
  CHECK(sums[{"acme", "GBP"}] == -32000);  // 300 - 100 - 20 - 500
  AgingReport report = aging_report(account_state(r.book, to), AgingSpec{});
  for (const auto& block : report.blocks)
    for (const auto& row : block.rows)
      if (row.customer == "acme") CHECK(row.total - row.credit == -32000);
}

TEST_CASE("a start date: one opening balance per customer and currency, then the range") {
  LoadResult r = test::load_records(kLedger);
  REQUIRE(test::messages(r) == "");
  Journal j = journal(r.book, {.from = day("2026-03-02"), .to = day("2026-03-10")});
  // Before 03-02: acme owes 300 - 100 = 200 GBP, bolt 300 GBP and 400 EUR; in the range only
  // bolt's payment on 03-05.
  REQUIRE(j.entries.size() == 4);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(j.entries[i].kind == JournalKind::opening);
    CHECK(j.entries[i].date == day("2026-03-02"));
    CHECK(j.entries[i].postings[1].account == JournalAccount::opening);
  }
  CHECK(j.entries[0].customer == "acme");
  CHECK(j.entries[0].postings[0].minor == 20000);
  CHECK(j.entries[1].customer == "bolt");
  CHECK(j.entries[1].currency == "EUR");
  CHECK(j.entries[2].currency == "GBP");
  CHECK(j.entries[3].kind == JournalKind::payment);
  auto whole = receivables(journal(r.book, {.from = std::nullopt, .to = day("2026-03-10")}));
  CHECK(receivables(j) == whole);
}

TEST_CASE("nothing owed before the start date, nothing in the range: no transaction") {
  LoadResult r = test::load_records(kLedger);
  REQUIRE(test::messages(r) == "");
  CHECK(journal(r.book, {.from = day("2025-01-01"), .to = day("2025-12-31")}).entries.empty());
  CHECK_FALSE(first_date(journal(r.book, {.from = std::nullopt, .to = day("2025-12-31")})));
}
