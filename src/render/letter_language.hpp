// The words and number formats a letter uses outside its template, per language: dates,
// amounts, rates, day counts, table headings, the greeting and closing, and the sentences
// made of values. English and German are built in; a template set in templates/LANG/ words
// the rest.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "collect/letter.hpp"
#include "ledger/book.hpp"

namespace arcollect {

// The customer's `language`, else [letters] language; English for the UK letter of claim.
Language letter_language(const Book& book, const Letter& letter);

// "7 December 2026" / "7. Dezember 2026".
std::string letter_date(Date day, Language language);
// "7 Dec 2026" / "07.12.2026": short enough for a table row.
std::string letter_short_date(Date day, Language language);
// "1,234.50" / "1.234,50".
std::string letter_number(std::int64_t minor, int digits, Language language);
// "11.75%" / "11,75 %": no trailing zeros.
std::string letter_rate(std::int64_t millionths, Language language);
// "11.75" / "11,75": the same figure without its "%", as a margin's points are written.
std::string letter_points(std::int64_t millionths, Language language);
// "1 day", "2 days" / "1 Tag", "2 Tage".
std::string letter_days(long days, Language language);

// The fixed words of a letter in one language.
struct LetterPhrases {
  std::string_view invoice, po, issued, due, amount, unpaid, days_late;  // invoice table
  std::string_view claimed, now_due, interest_to, compensation, late_fee, total_claimed;
  std::string_view payment, now;  // a plan's payments
  std::string_view law_contract;  // a contractual rate's basis; a statute's is in collect/law
  std::string_view dear_nobody, closing_email, closing_named, closing_nobody;
  std::string_view and_;           // between two amounts or rates
  std::string_view invoice_of;     // "{id} of {date}: {what}"
  std::string_view as_invoiced;    // a description left blank
  std::string_view discount;       // "Pay {id} by {date} and you may deduct {pct} ({amount})."
  std::string_view fee_percent;    // "{pct} of the overdue balance"
  std::string_view fee_amount;     // "{amount} per overdue invoice"
  std::string_view rate_assumed;   // "Our record of the {series} ends on {date}, ..."
  std::string_view in_force_from;  // " (in force from {date})"
  std::string_view page, of;       // a printed page's number: "Page 1 of 2"
  // Where a statutory rate comes from: "8 points over the ECB main refinancing rate of 2.15%
  // on 1 July 2025", several reference figures joined by and_reference, then any rounding.
  std::string_view rate_basis, reference_on, and_reference, rounded_up;
};
const LetterPhrases& letter_phrases(Language language);

}  // namespace arcollect
