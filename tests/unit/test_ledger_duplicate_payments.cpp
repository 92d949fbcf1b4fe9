// The duplicate rule (ledger/duplicate_payments): the records of one file that share kind,
// customer, date, currency and ref are one payment; a payment that repeats one of another
// file is a likely duplicate (a warning); a bank_id on two records is an error.
#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/duplicate_payments.hpp"

using namespace arcollect;

namespace {

const char* kCustomers = R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
amount = 100
[[invoice]]
id = "A2"
customer = "acme"
issued = 2026-02-01
amount = 200
)";

// What `pay acme 250 --ref BACS1` writes: one payment split over two invoices.
const char* kSplit = R"([[payment]]
date = 2026-03-01
customer = "acme"
invoice = "A1"
amount = 100
ref = "BACS1"
[[payment]]
date = 2026-03-01
customer = "acme"
amount = 150
ref = "BACS1"
)";

LoadResult load(std::vector<std::pair<std::string, std::string>> files) {
  files.insert(files.begin(), {"customers.toml", kCustomers});
  files.insert(files.begin(), {"arcollect.toml", test::kSettings});
  return test::load_texts(files);
}

// The likely_duplicate lines only (the second payment is also an overpayment).
std::string duplicates(const LoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics)
    if (d.code == DiagCode::likely_duplicate || d.code == DiagCode::duplicate_bank_id)
      out += std::string(d.severity == Severity::error ? "error " : "") + d.path + ":" +
             std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message + "\n";
  return out;
}

RecordedPayment payment(std::int64_t minor, std::string ref) {
  return {PaymentKind::payment, "acme", make_date(2026, 3, 1), "GBP", minor, std::move(ref), 0};
}

}  // namespace

TEST_CASE("the records of one file that share a ref are one payment") {
  LoadResult r = load({{"p1.toml", kSplit}});
  REQUIRE(test::messages(r) == "");
  auto recorded = recorded_payments(r.book);
  REQUIRE(recorded.size() == 1);
  CHECK(recorded[0].minor == 25000);
  // `pay acme 250 --ref BACS1` again, naming invoices or not.
  CHECK(same_payment(r.book, payment(25000, "BACS1")).has_value());
  CHECK_FALSE(same_payment(r.book, payment(15000, "BACS1")).has_value());
  CHECK_FALSE(same_payment(r.book, payment(25000, "BACS2")).has_value());
  CHECK_FALSE(same_payment(r.book, payment(25000, "")).has_value());
  RecordedPayment credit = payment(25000, "BACS1");
  credit.kind = PaymentKind::credit;
  CHECK_FALSE(same_payment(r.book, credit).has_value());
}

TEST_CASE("the same payment in two files is a likely duplicate, named once") {
  LoadResult r = load({{"p1.toml", kSplit}, {"p2.toml", kSplit}});
  CHECK(duplicates(r) ==
        "p2.toml:1:1: this payment is also recorded at p1.toml:1:1 (same customer, date, "
        "amount and ref); if it was recorded twice, remove one of the two files (git rm), else "
        "give each its own ref\n");
}

TEST_CASE("payments that differ in amount, day or ref are not duplicates") {
  std::string other_day = kSplit;
  other_day.replace(other_day.find("2026-03-01"), 10, "2026-03-02");
  std::string other_ref = R"([[payment]]
date = 2026-03-01
customer = "acme"
amount = 250
ref = "BACS2"
)";
  LoadResult r = load({{"p1.toml", kSplit}, {"p2.toml", other_day}, {"p3.toml", other_ref}});
  CHECK(duplicates(r) == "");
}

TEST_CASE("the same money for another invoice is a likely duplicate; a ref tells them apart") {
  const char* for_a1 =
      "[[payment]]\ndate = 2026-03-01\ncustomer = \"acme\"\ninvoice = \"A1\"\namount = 50\n";
  std::string for_a2 = for_a1;
  for_a2.replace(for_a2.find("A1"), 2, "A2");
  CHECK(duplicates(load({{"p1.toml", for_a1}, {"p2.toml", for_a2}})) ==
        "p2.toml:1:1: this payment is also recorded at p1.toml:1:1 (same customer, date, "
        "amount and ref); if it was recorded twice, remove one of the two files (git rm), else "
        "give each its own ref\n");
  std::string with_ref = for_a2 + "ref = \"cheque 2\"\n";
  CHECK(duplicates(load({{"p1.toml", for_a1}, {"p2.toml", with_ref}})) == "");
}

TEST_CASE("one bank_id on two records is named by its bank_id, and only once") {
  const char* imported = R"([[payment]]
date = 2026-03-01
customer = "acme"
amount = 100
bank_id = "FITID-77"
)";
  LoadResult r = load({{"p1.toml", imported}, {"p2.toml", imported}});
  CHECK(duplicates(r) ==
        "error p2.toml:5:11: bank_id 'FITID-77' is also at p1.toml:5:11: one bank "
        "transaction recorded twice (two clones may each have imported it); delete one of the "
        "two records (`git rm` its file if it holds nothing else)\n");
  auto first = payment_with_bank_id(r.book, "FITID-77");
  REQUIRE(first.has_value());
  CHECK(r.book.files[r.book.payments[*first].pos.file] == "p1.toml");
  CHECK_FALSE(payment_with_bank_id(r.book, "FITID-78").has_value());
  CHECK_FALSE(payment_with_bank_id(r.book, "").has_value());
}

TEST_CASE("amounts in error do not make duplicates of each other") {
  const char* bad = R"([[payment]]
date = 2026-03-01
customer = "acme"
amount = 1.005
)";
  LoadResult r = load({{"p1.toml", bad}, {"p2.toml", bad}});
  CHECK(duplicates(r) == "");
}

TEST_CASE("one bank_id on the records of one payment split over invoices; not on a copy") {
  const char* split = R"([[payment]]
date = 2026-03-01
customer = "acme"
invoice = "A1"
amount = 100
bank_id = "h:1"
[[payment]]
date = 2026-03-01
customer = "acme"
amount = 150
bank_id = "h:1"
)";
  CHECK(duplicates(load({{"p1.toml", split}})) == "");
  // The same record twice in one file (a block copied, a merge that kept both sides).
  const char* copied = R"([[payment]]
date = 2026-03-01
customer = "acme"
invoice = "A1"
amount = 100
bank_id = "h:2"
[[payment]]
date = 2026-03-01
customer = "acme"
invoice = "A1"
amount = 100
bank_id = "h:2"
)";
  CHECK(duplicates(load({{"p1.toml", copied}})) ==
        "error p1.toml:12:11: bank_id 'h:2' is also at p1.toml:6:11: one bank transaction "
        "recorded twice (two clones may each have imported it); delete one of the two records "
        "(`git rm` its file if it holds nothing else)\n");
}
