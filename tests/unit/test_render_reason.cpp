#include <doctest/doctest.h>

#include "render/reason.hpp"

using namespace arcollect;

TEST_CASE("reasons in words: one day is a day") {
  Reason r{ReasonKind::overdue};
  r.invoice = "A1";
  r.days = 1;
  CHECK(reason_text(r) == "A1 is 1 day overdue");
  r.days = 0;
  CHECK(reason_text(r) == "A1 is due today");
  r.days = -3;
  CHECK(reason_text(r) == "A1 is due in 3 days");
  r.kind = ReasonKind::first_invoice_call;
  CHECK(reason_text(r) == "A1 is due in 3 days: the customer's first invoice, so call");
}

TEST_CASE("a broken promise, with and without an amount") {
  Reason r{ReasonKind::promise_broken};
  r.who = "Priya Shah";
  r.date = make_date(2026, 11, 14);
  r.made = make_date(2026, 11, 3);
  CHECK(reason_text(r) == "promise by Priya Shah to pay by 14 Nov broken");
  r.amount = Money{120000, "GBP"};
  r.paid = Money{0, "GBP"};
  CHECK(reason_text(r) ==
        "promise by Priya Shah of 1,200.00 GBP by 14 Nov broken: 0.00 GBP paid since 3 Nov");
}

TEST_CASE("the facts go to JSON beside the words") {
  Reason r{ReasonKind::installment_falls_due};
  r.plan = "p-1";
  r.amount = Money{35000, "GBP"};
  r.count = 2;
  r.of = 4;
  CHECK(reason_text(r) == "installment 2 of 4, 350.00 GBP, due under plan p-1");
  CHECK(dump_json(reason_json(r)) ==
        "{\n  \"kind\": \"installment-falls-due\",\n  \"plan\": \"p-1\",\n  \"amount\": {\n    "
        "\"amount\": \"350.00\",\n    \"currency\": \"GBP\"\n  },\n  \"number\": 2,\n  \"of\": "
        "4\n}\n");
}
