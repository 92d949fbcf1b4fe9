// Pages to print: HTML tables, the document around them, and a letter's text in blocks.
#include <doctest/doctest.h>

#include "render/print_page.hpp"
#include "render/wrap.hpp"

using namespace arcollect;

TEST_CASE("an HTML table escapes its cells, aligns figures and keeps single words whole") {
  Table t;
  t.header = {"Date", "Description", "Amount"};
  t.align = {Align::left, Align::left, Align::right};
  t.rows = {{"2026-02-02", "Menu <b>boards</b> & lists", "1,400.00"}, {"2026-03-01", "x", ""}};
  t.footer = {{"", "Total", "1,400.00"}};
  const std::string html = html_table(t);
  CHECK(
      html.starts_with("<table>\n<thead>\n<tr><th class=\"word\">Date</th><th>Description</th>"
                       "<th class=\"num\">Amount</th></tr>\n</thead>\n"));
  CHECK(html.find("<td>Menu &lt;b&gt;boards&lt;/b&gt; &amp; lists</td>") != std::string::npos);
  // A date never wraps at its hyphens; a column with a space in any cell may wrap.
  CHECK(html.find("<td class=\"word\">2026-02-02</td>") != std::string::npos);
  CHECK(html.find("<tfoot>\n<tr><td class=\"word\"></td><td>Total</td><td class=\"num\">1,400.00"
                  "</td></tr>\n</tfoot>\n</table>\n") != std::string::npos);
  CHECK(html_table(t, "long").starts_with("<table class=\"long\">"));
}

TEST_CASE("a printed page: A4, numbered in its language, loading nothing, all text escaped") {
  PrintPage page;
  page.language = Language::de;
  page.title = "Mahnung <1>";
  page.sender = "Harper & Vale";
  page.sender_address = {"12 Mill Lane", "Leeds"};
  page.sender_contact = {"accounts@hv.example"};
  page.recipient = {"Jana <Becker>", "Kestrel GmbH"};
  page.date = "7. Dezember 2026";
  page.body_html = "<p>Body</p>\n";
  const std::string html = print_document(page);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
  CHECK(html.find("content=\"default-src 'none'; style-src 'unsafe-inline'\"") !=
        std::string::npos);
  CHECK(html.find("size: A4;") != std::string::npos);
  CHECK(html.find("content: \"Seite \" counter(page) \" von \" counter(pages);") !=
        std::string::npos);
  CHECK(html.find("<title>Mahnung &lt;1&gt;</title>") != std::string::npos);
  CHECK(html.find("<div class=\"sender\">Harper &amp; Vale</div>") != std::string::npos);
  // The return address above the window: name and address, not email or phone.
  CHECK(html.find("<span>Harper &amp; Vale · 12 Mill Lane · Leeds</span>") != std::string::npos);
  CHECK(html.find("<div class=\"to\">Jana &lt;Becker&gt;<br>\nKestrel GmbH</div>") !=
        std::string::npos);
  CHECK(html.find("<p>Body</p>\n</body>") != std::string::npos);
  page.language = Language::en;
  CHECK(print_document(page).find("\"Page \" counter(page) \" of \"") != std::string::npos);
}

TEST_CASE("a letter's text in blocks: prose, lines kept, tables") {
  const std::string text =
      "Dear Ms Nair,\n\n"
      "We have written about the invoices below and they remain unpaid. The\n"
      "oldest is now 40 days past its due date.\n\n"
      "  Invoice  Due\n"
      "  A1       1 Dec\n\n"
      "Yours sincerely,\n\nEllen Harper\nDirector\n";
  const std::vector<TextBlock> blocks = text_blocks(text);
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[0].kind == TextBlock::Kind::prose);
  CHECK(blocks[1].kind == TextBlock::Kind::prose);
  CHECK(blocks[1].lines.size() == 2);
  CHECK(blocks[2].kind == TextBlock::Kind::table);
  CHECK(blocks[2].lines[1] == "  A1       1 Dec");
  CHECK(blocks[4].kind == TextBlock::Kind::lines);
  CHECK(blocks[4].lines == std::vector<std::string>{"Ellen Harper", "Director"});
}
