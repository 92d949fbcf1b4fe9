#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/allocation.hpp"

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
)";

Book book_with(const std::string& payments) {
  auto loaded = test::load_records(std::string(kLedger) + payments);
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  return std::move(loaded.book);
}

std::int64_t balance(const Book& book, const Allocation& a, const char* id) {
  return a.balance(book, book.invoice_index.at(id));
}

}  // namespace

TEST_CASE("a payment naming an invoice pays that invoice") {
  Book book = book_with(
      "[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\ninvoice = \"NEW\"\namount = 50\n");
  auto a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 10000);
  CHECK(balance(book, a, "NEW") == 25000);
}

TEST_CASE("a payment naming no invoice pays the oldest due first") {
  Book book = book_with("[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\namount = 150\n");
  auto a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 0);
  CHECK(balance(book, a, "MID") == 15000);
  CHECK(balance(book, a, "NEW") == 30000);
}

TEST_CASE("money that names no invoice never pays an invoice in dispute: it waits as credit") {
  // OLD is disputed from 1 March until the dispute is resolved on 1 April.
  const std::string dispute =
      "[[contact]]\ndate = 2026-03-01\ncustomer = \"acme\"\ninvoices = [\"OLD\"]\n"
      "channel = \"call\"\noutcome = \"dispute\"\nnote = \"Not ordered\"\n";
  const std::string resolved =
      "[[contact]]\ndate = 2026-04-01\ncustomer = \"acme\"\ninvoices = [\"OLD\"]\n"
      "channel = \"call\"\noutcome = \"resolved\"\n";
  Book book =
      book_with(dispute + "[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\namount = 550\n");
  auto a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 10000);
  CHECK(balance(book, a, "MID") == 0);
  CHECK(balance(book, a, "NEW") == 0);
  REQUIRE(a.credits.size() == 1);
  CHECK(a.credits[0].minor == 5000);
  // Resolved on 1 April: the credit pays OLD from that day; what went elsewhere stays there.
  book = book_with(dispute + resolved +
                   "[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\namount = 550\n");
  a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 5000);
  CHECK(balance(book, a, "MID") == 0);
  CHECK(balance(book, a, "NEW") == 0);
  CHECK(a.credits.empty());
  // Before the resolution, as of 31 March, the same money is credit.
  a = allocate(book, make_date(2026, 3, 31));
  CHECK(balance(book, a, "OLD") == 10000);
  // Money paid while OLD was in dispute stays where it went when the dispute is resolved: a
  // resolution does not move old payments.
  book = book_with(dispute + resolved +
                   "[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\namount = 150\n");
  a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 10000);
  CHECK(balance(book, a, "MID") == 5000);
  // A payment that names the disputed invoice still pays it.
  book = book_with(dispute +
                   "[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\ninvoice = \"OLD\"\n"
                   "amount = 40\n");
  a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 6000);
}

TEST_CASE("while a plan is live, money that names no invoice pays its invoices first") {
  // The plan covers NEW alone, agreed 10 March: 150 on 17 March and 150 on 24 March.
  const std::string plan =
      "[[plan]]\nid = \"p\"\ncustomer = \"acme\"\ninvoices = [\"NEW\"]\nagreed = 2026-03-10\n"
      "installments = [{ due = 2026-03-17, amount = 150 }, { due = 2026-03-24, amount = 150 }]\n";
  Book book = book_with(plan +
                        "[[payment]]\ndate = 2026-03-16\ncustomer = \"acme\"\namount = 150\n"
                        "[[payment]]\ndate = 2026-03-23\ncustomer = \"acme\"\namount = 150\n");
  auto a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "NEW") == 0);  // oldest-first would have paid OLD and MID
  CHECK(balance(book, a, "OLD") == 10000);
  CHECK(balance(book, a, "MID") == 20000);
  CHECK(a.plan_paid[0] == 30000);
  CHECK(a.settled[book.invoice_index.at("NEW")] == make_date(2026, 3, 23));

  // Money before the plan was agreed goes oldest first, and does not count towards it.
  book = book_with(plan + "[[payment]]\ndate = 2026-03-09\ncustomer = \"acme\"\namount = 150\n");
  a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 0);
  CHECK(balance(book, a, "MID") == 15000);
  CHECK(a.plan_paid[0] == 0);

  // Once the plan broke (the 17 March installment unpaid past the grace), money goes oldest
  // first again; what went to NEW before counts, what goes elsewhere does not.
  book = book_with(plan + "[[payment]]\ndate = 2026-04-10\ncustomer = \"acme\"\namount = 150\n");
  a = allocate(book, make_date(2026, 12, 31));
  CHECK(balance(book, a, "OLD") == 0);
  CHECK(balance(book, a, "MID") == 15000);
  CHECK(balance(book, a, "NEW") == 30000);
  CHECK(a.plan_paid[0] == 0);
}

TEST_CASE("excess over a named invoice flows to the others, then to credit") {
  Book book = book_with(
      "[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\ninvoice = \"OLD\"\namount = 250\n"
      "[[credit]]\ndate = 2026-03-06\ncustomer = \"acme\"\namount = 400\n");
  auto a = allocate(book, make_date(2026, 12, 31));
  std::size_t named = book.payments[0].invoice == "OLD" ? 0 : 1;
  CHECK(a.excess[named] == 15000);
  CHECK(balance(book, a, "OLD") == 0);
  CHECK(balance(book, a, "MID") == 0);
  CHECK(balance(book, a, "NEW") == 0);
  REQUIRE(a.credits.size() == 1);
  CHECK(a.credits[0].minor == 5000);
  CHECK(a.credits[0].currency == "GBP");
}

TEST_CASE("payments after the as-of date and invoices issued after it are left out") {
  Book book = book_with(
      "[[payment]]\ndate = 2026-02-15\ncustomer = \"acme\"\namount = 500\n"
      "[[payment]]\ndate = 2026-04-01\ncustomer = \"acme\"\namount = 100\n");
  auto a = allocate(book, make_date(2026, 2, 20));
  CHECK(balance(book, a, "OLD") == 0);
  CHECK(balance(book, a, "MID") == 0);
  REQUIRE(a.credits.size() == 1);  // NEW is not issued yet on 20 February
  CHECK(a.credits[0].minor == 20000);
  auto later = allocate(book, make_date(2026, 4, 1));
  CHECK(balance(book, later, "NEW") == 0);
  CHECK(later.credits.empty());
}

TEST_CASE("an invoice is settled by the last money applied to it, earliest money first") {
  Book book = book_with(
      "[[payment]]\ndate = 2026-03-05\ncustomer = \"acme\"\namount = 150\n"
      "[[payment]]\ndate = 2026-03-20\ncustomer = \"acme\"\namount = 150\n"
      "[[payment]]\ndate = 2026-03-25\ncustomer = \"acme\"\ninvoice = \"NEW\"\namount = 20\n");
  auto a = allocate(book, make_date(2026, 12, 31));
  const auto& settled = a.settled;
  // OLD takes 100 of the 5 March money; MID the other 50 and 150 of 20 March's.
  CHECK(settled[book.invoice_index.at("OLD")] == make_date(2026, 3, 5));
  CHECK(settled[book.invoice_index.at("MID")] == make_date(2026, 3, 20));
  CHECK_FALSE(settled[book.invoice_index.at("NEW")].has_value());  // 20 paid of 300
  // As of 10 March only the first payment is in: MID is not settled yet.
  auto before = allocate(book, make_date(2026, 3, 10));
  CHECK(before.settled[book.invoice_index.at("OLD")] == make_date(2026, 3, 5));
  CHECK_FALSE(before.settled[book.invoice_index.at("MID")].has_value());
}

TEST_CASE("credit paid before an invoice was issued settles it on its issue date") {
  Book book = book_with("[[payment]]\ndate = 2025-12-01\ncustomer = \"acme\"\namount = 100\n");
  auto a = allocate(book, make_date(2026, 12, 31));
  CHECK(a.settled[book.invoice_index.at("OLD")] == make_date(2026, 1, 1));
  CHECK(a.credits.empty());
  // Before OLD was issued the money is credit and nothing is settled.
  auto early = allocate(book, make_date(2025, 12, 31));
  CHECK_FALSE(early.settled[book.invoice_index.at("OLD")].has_value());
  REQUIRE(early.credits.size() == 1);
  CHECK(early.credits[0].minor == 10000);
}
