// Payment terms (ledger/terms): the due date and the early-payment discount.
#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/terms.hpp"

using namespace arcollect;

TEST_CASE("the customer's own terms, else the ledger's") {
  LoadResult r = test::load_texts(
      {{"arcollect.toml", std::string(test::kSettings) + "[defaults]\nterms_days = 14\n"},
       {"records.toml",
        "[[customer]]\nid = \"a\"\nname = \"A\"\nterms_days = 45\n"
        "[[customer]]\nid = \"b\"\nname = \"B\"\n"
        "[[invoice]]\nid = \"1\"\ncustomer = \"a\"\nissued = 2026-01-31\namount = 10\n"
        "[[invoice]]\nid = \"2\"\ncustomer = \"b\"\nissued = 2026-01-31\namount = 10\n"}});
  REQUIRE(test::messages(r) == "");
  const Book& book = r.book;
  const Terms a = payment_terms(book.settings, &book.customers[0]);
  const Terms b = payment_terms(book.settings, &book.customers[1]);
  CHECK(a.days == 45);
  CHECK(a.customers_own);
  CHECK(b.days == 14);
  CHECK_FALSE(b.customers_own);
  // The loader gives an invoice without `due` the same date.
  CHECK(book.invoices[0].due == due_under(a, *parse_date("2026-01-31")));
  CHECK(format_date(book.invoices[0].due) == "2026-03-17");
  CHECK(format_date(book.invoices[1].due) == "2026-02-14");
}

TEST_CASE("the early-payment discount: a share of the full amount, until issued + days") {
  LoadResult none = test::load_texts({{"arcollect.toml", test::kSettings}});
  CHECK_FALSE(early_discount_offer(none.book.settings, *parse_date("2026-01-01"), 10000));
  LoadResult r = test::load_texts(
      {{"arcollect.toml", std::string(test::kSettings) +
                              "[defaults]\nearly_discount = { percent = 2.5, days = 10 }\n"}});
  REQUIRE(test::messages(r) == "");
  auto offer = early_discount_offer(r.book.settings, *parse_date("2026-01-25"), 123457);
  REQUIRE(offer);
  CHECK(format_date(offer->until) == "2026-02-04");
  CHECK(offer->minor == 3086);  // 2.5% of 1,234.57 is 30.864, rounded half up
}
