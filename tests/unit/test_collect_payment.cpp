// Recording a payment: its split over named invoices, and what it then paid.
#include <doctest/doctest.h>

#include "collect/payment.hpp"
#include "fixture.hpp"
#include "ledger/record_writer.hpp"

using namespace arcollect;

namespace {

const char* kLedger = R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "OLD"
customer = "acme"
issued = 2026-01-01
amount = 100
[[invoice]]
id = "MID"
customer = "acme"
issued = 2026-02-01
amount = 200
[[invoice]]
id = "NEW"
customer = "acme"
issued = 2026-03-01
amount = 300
[[invoice]]
id = "LATER"
customer = "acme"
issued = 2026-06-01
amount = 50
)";

const Date kDay = make_date(2026, 5, 1);

Book book_with(const std::string& extra) {
  auto loaded = test::load_records(std::string(kLedger) + extra);
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  return std::move(loaded.book);
}

PaymentRequest request(const Book& book, std::int64_t minor,
                       std::vector<std::string> invoices = {}) {
  PaymentRequest r;
  r.customer = 0;
  r.amount = Money{minor, "GBP"};
  r.date = kDay;
  for (const auto& id : invoices) r.invoices.push_back(book.invoice_index.at(id));
  return r;
}

// Writes the records into the ledger text, reloads, and returns what they paid.
PaymentEffect pay(const std::string& ledger, const PaymentRequest& r, Date as_of = kDay) {
  Book before = book_with(ledger);
  std::string text;
  for (const Payment& p : payment_records(before, allocate(before, r.date), r))
    text += payment_toml(p);
  Book after = book_with(ledger + text);
  return payment_effect(before, allocate(before, as_of), after, allocate(after, as_of), "acme",
                        "GBP", as_of);
}

}  // namespace

TEST_CASE("named invoices are paid in the order given, up to what each owes") {
  Book book = book_with("");
  auto records = payment_records(book, allocate(book, kDay), request(book, 25000, {"NEW", "OLD"}));
  REQUIRE(records.size() == 1);  // 250.00 does not cover NEW's 300.00
  CHECK(records[0].invoice == "NEW");
  CHECK(records[0].amount.minor == 25000);
  records = payment_records(book, allocate(book, kDay), request(book, 35000, {"NEW", "OLD"}));
  REQUIRE(records.size() == 2);
  CHECK(records[0].invoice == "NEW");
  CHECK(records[0].amount.minor == 30000);
  CHECK(records[1].invoice == "OLD");
  CHECK(records[1].amount.minor == 5000);
}

TEST_CASE("what the named invoices do not take is recorded without an invoice") {
  Book book = book_with("");
  auto records = payment_records(book, allocate(book, kDay), request(book, 45000, {"MID"}));
  REQUIRE(records.size() == 2);
  CHECK(records[0].invoice == "MID");
  CHECK(records[0].amount.minor == 20000);
  CHECK(records[1].invoice == "");
  CHECK(records[1].amount.minor == 25000);
  // An invoice already paid takes nothing: it all goes to the oldest due.
  Book paid = book_with(
      "[[payment]]\ndate = 2026-04-01\ncustomer = \"acme\"\ninvoice = "
      "\"MID\"\namount = 200\n");
  records = payment_records(paid, allocate(paid, kDay), request(paid, 1000, {"MID"}));
  REQUIRE(records.size() == 1);
  CHECK(records[0].invoice == "");
}

TEST_CASE("the effect: named first, then oldest due, then credit used by a later invoice") {
  PaymentEffect e = pay("", request(book_with(""), 45000, {"MID"}));
  REQUIRE(e.applied.size() == 3);
  CHECK(e.applied[0].invoice == "OLD");  // the unnamed 250.00 pays OLD, then NEW
  CHECK(e.applied[0].amount == 10000);
  CHECK(e.applied[0].left == 0);
  CHECK(e.applied[1].invoice == "MID");
  CHECK(e.applied[1].amount == 20000);
  CHECK(e.applied[2].invoice == "NEW");
  CHECK(e.applied[2].amount == 15000);
  CHECK(e.applied[2].left == 15000);
  CHECK(e.credit == 0);
  CHECK(e.owed == 15000);  // LATER is not issued yet on 1 May

  e = pay("", request(book_with(""), 70000));
  CHECK(e.owed == 0);
  CHECK(e.credit == 10000);  // 700.00 against 600.00 issued by 1 May
  // On 1 June the credit pays LATER as soon as it is issued.
  e = pay("", request(book_with(""), 70000), make_date(2026, 6, 1));
  CHECK(e.credit == 5000);
  CHECK(e.owed == 0);
  CHECK(e.applied.back().invoice == "LATER");
}
