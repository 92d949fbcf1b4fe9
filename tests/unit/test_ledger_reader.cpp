#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/toml_reader.hpp"

using namespace arcollect;

TEST_CASE("read_records reads every field of every record kind") {
  auto file = read_records(R"(
[[customer]]
id = "northwind"
name = "Northwind Traders Ltd"
kind = "individual"
terms_days = 45
credit_limit = 10000
payment_run = "last friday"
email = "ap@northwind.example"
address = ["1 Dock Road", "Hull HU1 1AA"]
paused_until = 2026-12-01
pause_reason = "Owner in hospital"

[[customer.contact]]
name = "Priya Shah"
role = "ap"
email = "priya@northwind.example"
phone = "+44 1482 000000"

[[invoice]]
id = "INV-2026-041"
customer = "northwind"
issued = 2026-09-15
due = 2026-10-30
amount = "2400.00"
currency = "EUR"
po = "PO-88127"
description = "Brand refresh"
dispute = "Wrong PO number"

[[payment]]
date = 2026-10-02
customer = "northwind"
invoice = "INV-2026-041"
amount = 500.5
ref = "BACS 3321"

[[credit]]
date = 2026-10-03
customer = "northwind"
amount = 10
reason = "Goodwill"

[[contact]]
date = 2026-11-03
customer = "northwind"
invoices = ["INV-2026-041"]
channel = "call"
with = "Priya Shah"
step = "call-ap"
outcome = "promise"
promise_date = 2026-11-14
promise_amount = 1200.00
note = "Next pay run"
message_id = "<a@b>"

[[plan]]
id = "northwind-2026-11"
customer = "northwind"
invoices = ["INV-2026-041"]
agreed = 2026-11-10
installments = [ { due = 2026-11-17, amount = 600.00 }, { due = 2026-11-24, amount = 600 } ]
)",
                           "r.toml", 1);
  REQUIRE(file.diagnostics.empty());
  REQUIRE(file.customers.size() == 1);
  const Customer& c = file.customers[0];
  CHECK(c.kind == CustomerKind::individual);
  CHECK(c.terms_days == 45);
  CHECK(c.credit_limit_text == Decimal{10000, 0});
  CHECK(c.payment_run->kind == PayRun::Kind::last_weekday);
  CHECK(c.address.size() == 2);
  CHECK(c.paused_until == make_date(2026, 12, 1));
  REQUIRE(c.contacts.size() == 1);
  CHECK(c.contacts[0].role == ContactRole::ap);
  CHECK(c.contacts[0].phone == "+44 1482 000000");
  REQUIRE(file.invoices.size() == 1);
  CHECK(file.invoices[0].amount_text == Decimal{240000, 2});
  CHECK(file.invoices[0].currency == "EUR");
  CHECK(file.invoices[0].due_given == make_date(2026, 10, 30));
  CHECK(file.invoices[0].dispute == "Wrong PO number");
  CHECK(file.invoices[0].id_pos.line == 21);  // the text starts with a line break
  CHECK(file.invoices[0].id_pos.column == 6);
  // Record kinds come in key order (credit before payment); records of a kind in file order.
  REQUIRE(file.payments.size() == 2);
  CHECK(file.payments[0].kind == PaymentKind::credit);
  CHECK(file.payments[0].reason == "Goodwill");
  CHECK(file.payments[1].amount_text == Decimal{5005, 1});
  REQUIRE(file.contacts.size() == 1);
  CHECK(file.contacts[0].outcome == Outcome::promise);
  CHECK(file.contacts[0].promise_date == make_date(2026, 11, 14));
  REQUIRE(file.plans.size() == 1);
  CHECK(file.plans[0].installments.size() == 2);
  CHECK(file.plans[0].installments[1].amount_text == Decimal{600, 0});
}

TEST_CASE("a TOML syntax error is reported with its position") {
  auto file = read_records("[[invoice]]\nid = \"x\"\ndue = 2026-13-01\n", "bad.toml", 1);
  REQUIRE(file.diagnostics.size() == 1);
  CHECK(file.diagnostics[0].code == DiagCode::toml_syntax);
  CHECK(file.diagnostics[0].line == 3);
  CHECK(file.diagnostics[0].source_line == "due = 2026-13-01");
}

TEST_CASE("every problem in a file is reported, not just the first") {
  auto file = read_records(R"([[invoice]]
id = "A"
customer = "x"
issued = "2026-01-01"
amont = 5
colour = "red"

[[invoice]]
id = 7
customer = "x"
issued = 2026-01-01
amount = -3
)",
                           "f.toml", 1);
  std::vector<DiagCode> codes;
  for (const auto& d : file.diagnostics) codes.push_back(d.code);
  CHECK(codes == std::vector<DiagCode>{DiagCode::quoted_date, DiagCode::missing_field,
                                       DiagCode::unknown_key, DiagCode::unknown_key,
                                       DiagCode::wrong_type, DiagCode::nonpositive_amount});
  CHECK(file.diagnostics[2].message.find("did you mean 'amount'") != std::string::npos);
  CHECK(file.diagnostics[3].message.find("the keys it takes are") != std::string::npos);
  REQUIRE(file.invoices.size() == 1);  // kept for references; the second has no usable id
  CHECK(file.invoices[0].incomplete);
}

TEST_CASE("floats keep the digits they were written with") {
  auto file = read_records(
      "[[payment]]\ndate = 2026-01-01\ncustomer = \"x\"\namount = 0.1\n"
      "[[payment]]\ndate = 2026-01-01\ncustomer = \"x\"\namount = 2400.005\n"
      "[[payment]]\ndate = 2026-01-01\ncustomer = \"x\"\namount = 1e300\n",
      "f.toml", 1);
  REQUIRE(file.payments.size() == 2);
  CHECK(file.payments[0].amount_text == Decimal{1, 1});
  CHECK(file.payments[1].amount_text == Decimal{2400005, 3});
  REQUIRE(file.diagnostics.size() == 1);
  CHECK(file.diagnostics[0].code == DiagCode::invalid_amount);
}

TEST_CASE("read_settings fills defaults and the default ladder") {
  std::vector<Diagnostic> diagnostics;
  Settings s = read_settings(test::kSettings, "arcollect.toml", 0, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(s.business.currency == "GBP");
  CHECK(s.defaults.terms_days == 30);
  CHECK(s.aging.buckets == std::vector<int>{30, 60, 90});
  REQUIRE(s.ladder.size() == 10);
  CHECK(s.ladder.front().name == "courtesy");
  CHECK(s.ladder.front().day == -3);
  CHECK(s.ladder[3].cc == "finance");
  CHECK(s.ladder.back().name == "agency");
}

TEST_CASE("read_settings reads every setting") {
  std::vector<Diagnostic> diagnostics;
  Settings s = read_settings(R"([business]
name = "HV"
email = "a@b"
address = ["x"]
currency = "EUR"
jurisdiction = "eu"
payment_details = "IBAN"
payment_url = "https://pay"
[defaults]
terms_days = 14
late_fee = { amount = 25.00 }
early_discount = { percent = 2, days = 10 }
notice_days = 10
[aging]
basis = "issued"
buckets = [15, 30]
[interest]
rate = 1.5
per = "month"
[[ladder]]
name = "nudge"
day = 2
action = "email"
to = "ap"
cc = "finance"
template = "reminder"
min_amount = 100
grace_days = 3
repeat_every = 7
)",
                             "arcollect.toml", 0, diagnostics);
  CHECK(test::messages(LoadResult{Book{}, diagnostics}) == "");
  CHECK(s.business.jurisdiction == Jurisdiction::eu);
  CHECK(to_minor(*s.defaults.late_fee->amount, 2) == 2500);
  CHECK(s.defaults.early_discount->days == 10);
  CHECK(s.aging.basis == AgingBasis::issued);
  CHECK(s.aging.buckets == std::vector<int>{15, 30});
  CHECK(s.interest.per == InterestSettings::Per::month);
  REQUIRE(s.ladder.size() == 1);
  CHECK(s.ladder[0].repeat_every == 7);
}
