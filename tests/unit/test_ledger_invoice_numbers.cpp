// Invoice numbers (ledger/invoice_numbers): the pattern, inferred or given, and the next number.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "fixture.hpp"
#include "ledger/invoice_numbers.hpp"

using namespace arcollect;

namespace {

// A ledger with one customer and invoices {id, issued}.
Book with_invoices(const std::vector<std::pair<std::string, std::string>>& invoices,
                   const std::string& settings_extra = "") {
  std::string records = "[[customer]]\nid = \"acme\"\nname = \"Acme\"\n";
  for (const auto& [id, issued] : invoices)
    records += fmt::format(
        "[[invoice]]\nid = \"{}\"\ncustomer = \"acme\"\nissued = {}\n"
        "amount = 100\n",
        id, issued);
  LoadResult r =
      test::load_texts({{"arcollect.toml", std::string(test::kSettings) + settings_extra},
                        {"records.toml", records}});
  REQUIRE(test::messages(r) == "");
  return std::move(r.book);
}

Date day(const char* text) {
  return *parse_date(text);
}

}  // namespace

TEST_CASE("a pattern needs exactly one running number and known fields") {
  CHECK_FALSE(id_format_problem("INV-{year}-{seq:03}"));
  CHECK_FALSE(id_format_problem("{seq}"));
  CHECK_FALSE(id_format_problem("{year}{month}/{seq:04}"));
  CHECK(*id_format_problem("") == "it is empty");
  CHECK(*id_format_problem("INV-{year}") == "it has no {seq}, the running number");
  CHECK(*id_format_problem("{seq}-{seq}") == "it has {seq} more than once");
  CHECK(*id_format_problem("{year}{year}{seq}") == "it has {year} or {month} more than once");
  CHECK(*id_format_problem("{month}-{seq}") ==
        "{month} needs {year}, or numbers would repeat each year");
  CHECK(*id_format_problem("INV-{foo}-{seq}") == "{foo} is not a field");
  CHECK(*id_format_problem("INV-{seq:00}") == "{seq:00} is not a field");
  CHECK(*id_format_problem("INV-{seq:3}") == "{seq:3} is not a field");
  CHECK(*id_format_problem("INV-{seq") == "'{' at 5 is not closed");
  CHECK(*id_format_problem("INV}-{seq}") == "'}' at 4 closes no field");
  CHECK(*id_format_problem(" {seq}") == "numbers cannot begin or end with a space");
  CHECK(*id_format_problem("A\t{seq}") == "it holds a control character");
}

TEST_CASE("the pattern of one number: its last digits, and the issue year before them") {
  CHECK(*infer_id_format("INV-2026-041", 2026) == "INV-{year}-{seq:03}");
  CHECK(*infer_id_format("2026/0007", 2026) == "{year}/{seq:04}");
  CHECK(*infer_id_format("A17", 2026) == "A{seq:02}");
  CHECK(*infer_id_format("A7-draft", 2026) == "A{seq}-draft");
  // A year that is not the issue year, or not a four-digit run of its own, stays as it is.
  CHECK(*infer_id_format("INV-2025-041", 2026) == "INV-2025-{seq:03}");
  CHECK(*infer_id_format("INV-120265-041", 2026) == "INV-120265-{seq:03}");
  CHECK(*infer_id_format("INV2026041", 2026) == "INV{seq:07}");
  CHECK_FALSE(infer_id_format("ACME", 2026));
  CHECK_FALSE(infer_id_format("{seq}1", 2026));
}

TEST_CASE("the next number follows the ledger's own") {
  Book book = with_invoices({{"INV-2026-001", "2026-01-05"},
                             {"INV-2026-009", "2026-03-01"},
                             {"INV-2026-004", "2026-02-01"}});
  const std::string format = invoice_id_format(book);
  CHECK(format == "INV-{year}-{seq:03}");
  // The highest number, not the latest or the count, plus one.
  CHECK(next_invoice_id(book, format, day("2026-12-06")) == "INV-2026-010");
  // With {year} the sequence restarts in a new year.
  CHECK(next_invoice_id(book, format, day("2027-01-02")) == "INV-2027-001");
  // The width is a minimum.
  Book many = with_invoices({{"INV-2026-999", "2026-01-05"}});
  CHECK(next_invoice_id(many, "INV-{year}-{seq:03}", day("2026-02-01")) == "INV-2026-1000");
}

TEST_CASE("an empty ledger numbers from the default pattern") {
  Book book = with_invoices({});
  CHECK(invoice_id_format(book) == "INV-{year}-{seq:03}");
  CHECK(next_invoice_id(book, invoice_id_format(book), day("2026-12-06")) == "INV-2026-001");
}

TEST_CASE("one number given by hand does not change the pattern") {
  Book book = with_invoices({{"INV-2026-001", "2026-01-05"},
                             {"INV-2026-002", "2026-02-05"},
                             {"SPECIAL/1", "2026-03-05"}});
  CHECK(invoice_id_format(book) == "INV-{year}-{seq:03}");
  // With one of each, the latest's wins.
  Book tie = with_invoices({{"INV-2026-001", "2026-01-05"}, {"B-17", "2026-03-05"}});
  CHECK(invoice_id_format(tie) == "B-{seq:02}");
}

TEST_CASE("[invoices] id_format is the pattern, counted per month with {month}") {
  Book book = with_invoices({{"2026-11-0004", "2026-11-05"}, {"2026-12-0002", "2026-12-01"}},
                            "[invoices]\nid_format = \"{year}-{month}-{seq:04}\"\n");
  const std::string format = invoice_id_format(book);
  CHECK(format == "{year}-{month}-{seq:04}");
  CHECK(next_invoice_id(book, format, day("2026-12-06")) == "2026-12-0003");
  CHECK(next_invoice_id(book, format, day("2026-11-30")) == "2026-11-0005");
  CHECK(next_invoice_id(book, format, day("2027-01-02")) == "2027-01-0001");
}

TEST_CASE("a running number followed by digits or the year still parses") {
  Book book = with_invoices({{"1202026", "2026-01-05"}, {"22026", "2026-02-05"}});
  CHECK(next_invoice_id(book, "{seq}{year}", day("2026-06-01")) == "1212026");
}

TEST_CASE("a bad id_format is an error at its line") {
  LoadResult r = test::load_texts(
      {{"arcollect.toml", std::string(test::kSettings) + "[invoices]\nid_format = \"INV-{n}\"\n"}});
  CHECK(test::messages(r) ==
        "arcollect.toml:5:13: invalid-value: 'id_format' cannot number invoices: {n} is not a "
        "field; write text with one {seq} or {seq:0N} and, if wanted, {year} and {month}, e.g. "
        "\"INV-{year}-{seq:03}\"\n");
}
