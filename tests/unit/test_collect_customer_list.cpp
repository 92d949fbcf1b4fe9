// customer list (collect/customer_list) and the [[customer]] file customer add writes.
#include <doctest/doctest.h>

#include "collect/customer_list.hpp"
#include "fixture.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/toml_reader.hpp"

using namespace arcollect;

TEST_CASE("customer list: owed, the oldest overdue undisputed invoice, the steps") {
  LoadResult r = test::load_records(R"(
[[customer]]
id = "b"
name = "B"
[[customer]]
id = "a"
name = "A"
email = "a@a.example"
[[invoice]]
id = "1"
customer = "a"
issued = 2026-01-01
amount = 100
dispute = "wrong"
[[invoice]]
id = "2"
customer = "a"
issued = 2026-02-01
amount = 50
[[invoice]]
id = "3"
customer = "a"
issued = 2026-03-20
amount = 25
[[contact]]
date = 2026-03-10
customer = "a"
channel = "email"
step = "reminder"
outcome = "none"
)");
  REQUIRE(test::messages(r) == "");
  const CustomerList list = customer_list(account_state(r.book, *parse_date("2026-03-31")));
  REQUIRE(list.rows.size() == 2);
  const CustomerListRow& a = list.rows[0];  // in id order
  CHECK(r.book.customers[a.customer].id == "a");
  REQUIRE(a.owed.size() == 1);
  CHECK(a.owed[0].minor == 17500);
  REQUIRE(a.oldest_overdue);
  CHECK(r.book.invoices[*a.oldest_overdue].id == "2");  // 1 is older, but disputed
  CHECK(a.days_overdue == 28);
  CHECK(a.last_step == "reminder");
  CHECK(format_date(*a.last_step_done) == "2026-03-10");
  const CustomerListRow& b = list.rows[1];
  CHECK(b.owed.empty());
  CHECK_FALSE(b.oldest_overdue);
  CHECK(b.last_step.empty());
  CHECK(b.step_today.empty());
}

TEST_CASE("customer_toml reads back as the customer it was made from") {
  Customer c;
  c.id = "acme";
  c.name = "Acme \"Widgets\" Ltd";
  c.kind = CustomerKind::individual;
  c.email = "ap@acme.example";
  c.terms_days = 14;
  c.credit_limit = Money{500000, "GBP"};
  c.payment_run_text = "last friday";
  c.address = {"1 Road", "Town"};
  c.contacts = {{"Jo", ContactRole::finance, "jo@acme.example", "+44 1", "Ms Bloggs"}};
  const std::string text = customer_toml(c);
  FileRecords back = read_records(text, "customers/acme.toml", 0);
  REQUIRE(back.diagnostics.empty());
  REQUIRE(back.customers.size() == 1);
  const Customer& read = back.customers[0];
  CHECK(read.name == c.name);
  CHECK(read.kind == CustomerKind::individual);
  CHECK(read.terms_days == 14);
  CHECK(read.payment_run_text == "last friday");
  CHECK(read.address == c.address);
  REQUIRE(read.contacts.size() == 1);
  CHECK(read.contacts[0].role == ContactRole::finance);
  CHECK(read.contacts[0].phone == "+44 1");
  CHECK(read.contacts[0].salutation == "Ms Bloggs");
  CHECK(text.find("credit_limit = \"5000.00\"") != std::string::npos);
}
