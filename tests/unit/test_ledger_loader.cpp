#include <doctest/doctest.h>
#include <fmt/format.h>

#include "fixture.hpp"

using namespace arcollect;
using test::load_records;
using test::load_texts;
using test::messages;

namespace {

const char* kTwoCustomers = R"([[customer]]
id = "acme"
name = "Acme"
terms_days = 10
[[customer]]
id = "zed"
name = "Zed"
)";

}  // namespace

TEST_CASE("a clean ledger resolves money, due dates and indexes") {
  auto loaded = load_texts(
      {{"arcollect.toml", test::kSettings}, {"c.toml", kTwoCustomers}, {"i.toml", R"([[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
amount = 100
[[invoice]]
id = "Z1"
customer = "zed"
issued = 2026-01-01
amount = 50.5
currency = "EUR"
)"}});
  CHECK(messages(loaded) == "");
  const Book& book = loaded.book;
  REQUIRE(book.invoices.size() == 2);
  CHECK(book.find_invoice("A1")->due == make_date(2026, 1, 11));  // customer terms
  CHECK(book.find_invoice("Z1")->due == make_date(2026, 1, 31));  // default terms
  CHECK(book.find_invoice("Z1")->amount == Money{5050, "EUR"});
  CHECK(book.by_customer[book.customer_index.at("acme")].invoices.size() == 1);
}

TEST_CASE("cross-file mistakes are all reported with both places") {
  auto loaded = load_texts(
      {{"arcollect.toml", test::kSettings}, {"a.toml", kTwoCustomers}, {"b.toml", R"([[customer]]
id = "acme"
name = "Acme again"
[[invoice]]
id = "A1"
customer = "acmee"
issued = 2026-02-01
due = 2026-01-01
amount = 100.001
[[payment]]
date = 2026-02-02
customer = "zed"
invoice = "A2"
amount = 5
[[payment]]
date = 2026-02-02
customer = "zed"
invoice = "A1"
amount = 5
)"}});
  CHECK(messages(loaded) ==
        "b.toml:2:6: duplicate-id: customer id 'acme' is used twice: also at a.toml:2:6; if "
        "both are one customer (two clones may each have added it), delete one of the two, "
        "else give each its own id\n"
        "b.toml:6:12: unknown-customer: no customer has the id 'acmee' (did you mean 'acme'?); "
        "add a [[customer]] with id = \"acmee\" or correct the reference\n"
        "b.toml:8:7: due-before-issued: invoice 'A1' is due 2026-01-01 but was issued "
        "2026-02-01; the due date cannot come before the issue date\n"
        "b.toml:9:10: amount-precision: 'amount' has more than the 2 decimals GBP allows; round "
        "it to 2 places\n"
        "b.toml:13:11: unknown-invoice: no invoice has the id 'A2'; correct the reference or add "
        "the invoice\n"
        "b.toml:18:11: customer-mismatch: invoice 'A1' belongs to customer 'acmee', not 'zed'\n");
  CHECK(loaded.diagnostics[0].source_line == "id = \"acme\"");
}

TEST_CASE("loading is the same with one thread or many") {
  std::vector<std::pair<std::string, std::string>> files = {{"arcollect.toml", test::kSettings},
                                                            {"c.toml", kTwoCustomers}};
  for (int i = 0; i < 40; ++i)
    files.emplace_back("i" + std::to_string(i) + ".toml",
                       "[[invoice]]\nid = \"I" + std::to_string(i % 30) +
                           "\"\ncustomer = \"acme\"\nissued = 2026-01-01\namount = 1\n");
  auto one = load_texts(files, 1);
  auto many = load_texts(files, 4);
  CHECK(messages(one) == messages(many));
  CHECK(one.diagnostics.size() == 10);  // ids I0..I9 appear twice
  CHECK(one.book.invoices.size() == many.book.invoices.size());
  // A later duplicate is dropped in place: the first of each id stays, in file order, and the
  // indexes point at it.
  for (const auto* loaded : {&one, &many}) {
    const Book& book = loaded->book;
    REQUIRE(book.invoices.size() == 30);
    for (std::size_t i = 0; i < book.invoices.size(); ++i) {
      CHECK(book.invoices[i].id == "I" + std::to_string(i));
      CHECK(book.invoice_index.at(book.invoices[i].id) == i);
      CHECK(book.files[book.invoices[i].pos.file] == "i" + std::to_string(i) + ".toml");
    }
    REQUIRE(book.by_customer.size() == book.customers.size());
    CHECK(book.by_customer[book.customer_index.at("acme")].invoices.size() == 30);
  }
}

TEST_CASE("a duplicate between records is dropped in place, and the indexes follow") {
  auto invoice = [](const char* id, const char* customer) {
    return fmt::format(
        "[[invoice]]\nid = \"{}\"\ncustomer = \"{}\"\nissued = 2026-01-01\n"
        "amount = 1\n",
        id, customer);
  };
  auto loaded = load_texts({{"arcollect.toml", test::kSettings},
                            {"a.toml", kTwoCustomers},
                            {"b.toml",
                             "[[customer]]\nid = \"acme\"\nname = \"Again\"\n"
                             "[[customer]]\nid = \"ivy\"\nname = \"Ivy\"\n"},
                            {"c.toml", invoice("X1", "zed")},
                            {"d.toml", invoice("X2", "acme")},
                            {"e.toml", invoice("X1", "acme")},
                            {"f.toml", invoice("X3", "ivy")}},
                           2);
  const Book& book = loaded.book;
  REQUIRE(book.customers.size() == 3);
  CHECK(book.customers[2].id == "ivy");  // moved down over the dropped second 'acme'
  CHECK(book.customers[book.customer_index.at("acme")].name == "Acme");
  REQUIRE(book.invoices.size() == 3);
  CHECK(book.invoices[0].customer == "zed");  // the first X1 stays
  CHECK(book.invoices[2].id == "X3");
  CHECK(book.files[book.invoices[2].pos.file] == "f.toml");
  for (const auto& [id, i] : book.invoice_index) CHECK(book.invoices[i].id == id);
  CHECK(book.by_customer[book.customer_index.at("ivy")].invoices == std::vector<std::size_t>{2});
  CHECK(book.by_customer[book.customer_index.at("acme")].invoices == std::vector<std::size_t>{1});
  CHECK(messages(loaded).find("customer id 'acme' is used twice") != std::string::npos);
  CHECK(messages(loaded).find("invoice id 'X1' is used twice") != std::string::npos);
}

TEST_CASE("overpayments are warnings and become credit") {
  auto loaded = load_records(R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
amount = 100
[[payment]]
date = 2026-01-05
customer = "acme"
invoice = "A1"
amount = 130
)");
  REQUIRE(loaded.diagnostics.size() == 2);
  CHECK_FALSE(has_errors(loaded.diagnostics));
  CHECK(loaded.diagnostics[0].code == DiagCode::overpayment);
  CHECK(loaded.diagnostics[0].message.find("by 30.00") != std::string::npos);
  CHECK(loaded.diagnostics[1].message.find("paid 30.00 GBP more") != std::string::npos);
}

TEST_CASE("plans must add up to what they cover on the day they were agreed") {
  const char* records = R"([[customer]]
id = "acme"
name = "Acme"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
amount = 1000
[[payment]]
date = 2026-02-01
customer = "acme"
amount = 400
[[plan]]
id = "p"
customer = "acme"
invoices = ["A1"]
agreed = 2026-02-01
installments = [ { due = 2026-02-08, amount = 300 }, { due = 2026-02-15, amount = INSTALLMENT } ]
)";
  std::string good = records;
  good.replace(good.find("INSTALLMENT"), 11, "300");
  CHECK(messages(load_records(good)) == "");
  std::string bad = records;
  bad.replace(bad.find("INSTALLMENT"), 11, "200");
  CHECK(messages(load_records(bad)) ==
        "records.toml:18:16: plan-sum: plan 'p' schedules 500.00 GBP but its invoices owed "
        "600.00 GBP when it was agreed on 2026-02-01; make the installments add up to what the "
        "plan covers\n");
}
