// The tables in a letter: its invoices, the charges it claims and a plan's payments, as an
// indented text table (72 columns or fewer for the usual amounts), a Markdown table or an HTML
// one, each column with a heading.
#pragma once

#include <string>
#include <string_view>

#include "collect/letter.hpp"
#include "ledger/book.hpp"
#include "render/letter.hpp"

namespace arcollect {

// `text` with Markdown's special characters escaped.
std::string escape_markdown(std::string_view text);

// A reminder lists each invoice's PO (when any has one), due date, amount (when any is part
// paid), what is unpaid and the days late (when any is late); a notice or letter of claim
// lists issue and due dates, amount and what is unpaid.
std::string invoice_table(const Book& book, const Letter& letter, LetterStyle style);

// What is claimed, per currency: the overdue invoices, interest, compensation and fee, and
// their total. Empty when nothing is overdue.
std::string charges_table(const Book& book, const Letter& letter, LetterStyle style);

// A plan's payments: "now" for one due today, then 1, 2, ... with date and amount.
std::string schedule_table(const Book& book, const Letter& letter, const std::string& currency,
                           LetterStyle style);

}  // namespace arcollect
