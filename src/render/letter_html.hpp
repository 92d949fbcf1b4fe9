// A letter as a page to print: the same template and words as the text letter, set as HTML
// with the letterhead, the recipient in the envelope's window, and real tables.
#pragma once

#include <string>

#include "collect/letter.hpp"
#include "ledger/book.hpp"
#include "render/template.hpp"

namespace arcollect {

std::string letter_html(const Book& book, const Letter& letter, const LetterTemplate& tmpl);

}  // namespace arcollect
