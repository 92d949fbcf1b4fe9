// Pages to print: one self-contained HTML document per letter or statement, with its own print
// stylesheet (A4, a letterhead, the recipient's address where a DL window envelope shows it,
// "Page 1 of 2" on every page, table rows that never split). It loads nothing: no fonts,
// images or scripts, and its Content-Security-Policy forbids them, so ledger text in it cannot
// reach the network when a browser prints it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ledger/records.hpp"
#include "ledger/settings.hpp"
#include "render/table.hpp"

namespace arcollect {

struct PrintPage {
  Language language = Language::en;         // the lang attribute and the words of the page numbers
  std::string title;                        // the document's title, as a browser shows it
  std::string sender;                       // the letterhead: the business's name,
  std::vector<std::string> sender_address;  // its address (also the envelope's return address)
  std::vector<std::string> sender_contact;  // and its email and phone
  std::vector<std::string> recipient;       // the lines shown in the envelope's window
  std::string date;                         // right-aligned under the letterhead; may be empty
  std::string body_html;                    // the rest, already HTML
};

// A page from the business: its name, address, email and phone from [business].
PrintPage business_page(const Business& business);

// The whole document. Every text in `page` but body_html is escaped here.
std::string print_document(const PrintPage& page);

// A table as HTML: header, rows, and footer rows (totals) after a rule; right-aligned columns
// get class "num". Cells are escaped. A table is kept on one page; one of class "long" (a
// statement's lines) may break between rows, its heading repeated on each page.
std::string html_table(const Table& table, std::string_view css_class = "");

// A paragraph of text lines, escaped, kept as lines.
std::string html_lines(const std::vector<std::string>& lines);

}  // namespace arcollect
