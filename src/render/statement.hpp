// A statement of account as text, JSON, CSV or a page to print.
#pragma once

#include <string>

#include "collect/statement.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string statement_text(const Book& book, const Statement& s, bool color);
JsonObject statement_json(const Book& book, const Statement& s);
// The account lines: one row per line, with the opening and closing balances as rows.
std::string statement_csv(const Book& book, const Statement& s);
// The text's lines, in its order, as an HTML page to print (render/print_page), addressed to the
// customer.
std::string statement_html(const Book& book, const Statement& s);

}  // namespace arcollect
