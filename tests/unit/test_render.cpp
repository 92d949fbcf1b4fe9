#include <doctest/doctest.h>

#include "render/csv.hpp"
#include "render/diagnostics.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "render/terminal_safe.hpp"

using namespace arcollect;

TEST_CASE("csv quotes only what RFC 4180 requires and ends rows with CRLF") {
  CHECK(csv_row({"a", "b c", ""}) == "a,b c,\r\n");
  CHECK(csv_row({"x,y", "say \"hi\"", "two\nlines"}) ==
        "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
}

TEST_CASE("csv cells a spreadsheet would run as formulas are made text; numbers are not") {
  CHECK(csv_row({"=HYPERLINK(\"http://x\")", "+cmd|calc", "@SUM(A1)", "-2+3", "\tx"}) ==
        "\"'=HYPERLINK(\"\"http://x\"\")\",'+cmd|calc,'@SUM(A1),'-2+3,'\tx\r\n");
  CHECK(csv_row({"-12.50", "1200", "+3.75", "Acme-Ltd"}) == "-12.50,1200,+3.75,Acme-Ltd\r\n");
}

TEST_CASE("json escapes strings and keeps key order") {
  CHECK(json_quote("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  Json value = JsonObject{{"z", 1}, {"a", JsonArray{"x", true, nullptr}}, {"e", JsonObject{}}};
  CHECK(dump_json(value) ==
        "{\n  \"z\": 1,\n  \"a\": [\n    \"x\",\n    true,\n    null\n  ],\n  \"e\": {}\n}\n");
}

TEST_CASE("tables align columns, skip trailing blanks, and colour only when asked") {
  Table t;
  t.align = {Align::left, Align::right};
  t.header = {"Name", "Amount"};
  t.rows = {{"Café", "1.00"}, {"b", ""}};
  t.footer = {{"Total", "1.00"}};
  CHECK(render_table(t, false) ==
        "Name   Amount\n"
        "Café     1.00\n"
        "b\n"
        "-------------\n"
        "Total    1.00\n");
  t.rows = {{Cell{"x", Style::red}, "2"}};
  t.footer.clear();
  t.header.clear();
  // Colour is marked, and written as escape sequences only on the way out.
  CHECK(terminal_text(render_table(t, true)) == "\x1b[31mx\x1b[0m  2\n");
}

TEST_CASE("a diagnostic shows its source line with a caret under the culprit") {
  Diagnostic d;
  d.path = "invoices/2026/INV-17.toml";
  d.line = 4;
  d.column = 7;
  d.width = 10;
  d.message = "month must be 1-12";
  d.source_line = "due = 2026-13-01";
  CHECK(render_diagnostic(d) ==
        "arcollect: invoices/2026/INV-17.toml:4:7: month must be 1-12\n"
        "  |\n"
        "4 | due = 2026-13-01\n"
        "  |       ^^^^^^^^^^\n");
  d.severity = Severity::warning;
  d.source_line = "\tdue = 2026-13-01";
  d.column = 8;
  d.width = 1;
  CHECK(render_diagnostic(d) ==
        "arcollect: invoices/2026/INV-17.toml:4:8: warning: month must be 1-12\n"
        "  |\n"
        "4 | \tdue = 2026-13-01\n"
        "  | \t      ^\n");
}

TEST_CASE("every JSON document starts with the contract's envelope") {
  CHECK(json_document("customer list", "2026-12-07", JsonObject{{"customers", JsonArray{}}}) ==
        R"({
  "schema": "arcollect/1",
  "command": "customer list",
  "as_of": "2026-12-07",
  "customers": []
}
)");
  CHECK(dump_json(money_json(123456, "JPY")) ==
        "{\n  \"amount\": \"123456\",\n  \"currency\": \"JPY\"\n}\n");
  CHECK(ledger_path("books/plans/p.toml", "books") == "plans/p.toml");
  CHECK(ledger_path("booksellers/p.toml", "books") == "booksellers/p.toml");
  CHECK(ledger_path("plans/p.toml", "") == "plans/p.toml");
}

TEST_CASE("diagnostics as JSON count errors and warnings") {
  Diagnostic d;
  d.code = DiagCode::unknown_key;
  d.path = "books/customers/a.toml";
  d.line = 1;
  d.column = 2;
  d.message = "m";
  // Paths are the ledger's own, whatever -C named it.
  CHECK(dump_json(diagnostics_json({d}, "books")) == R"({
  "errors": 1,
  "warnings": 0,
  "diagnostics": [
    {
      "severity": "error",
      "code": "unknown-key",
      "path": "customers/a.toml",
      "line": 1,
      "column": 2,
      "message": "m"
    }
  ]
}
)");
}
