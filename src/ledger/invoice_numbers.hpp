// Invoice numbers: the pattern a ledger's numbers follow, and the next one in it.
//
// A pattern ([invoices] id_format) is text with fields: {year} (four digits), {month} (two;
// only with {year}) and exactly one {seq} or {seq:0N} (the running number, N digits at least).
// The running number restarts with each value of the date fields the pattern holds: per year
// with {year}, per month with {year} and {month}.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ledger/book.hpp"

namespace arcollect {

inline constexpr std::string_view kDefaultIdFormat = "INV-{year}-{seq:03}";

// What is wrong with `format` as a pattern, in words for an error message; none when it is
// good.
std::optional<std::string> id_format_problem(std::string_view format);

// The pattern of `last_id`, an invoice issued in `issued_year`: its last run of digits becomes
// {seq:0W} (W its length), and a four-digit run before it equal to the year becomes {year}.
// None when the id holds no digits, or braces.
std::optional<std::string> infer_id_format(std::string_view last_id, int issued_year);

// The pattern the ledger's numbers follow: [invoices] id_format, else the one most of the ten
// latest invoices (by issue date, then id; a plan's charges invoice aside) follow, the latest's
// on a tie, else kDefaultIdFormat.
std::string invoice_id_format(const Book& book);

// Does `id` follow the good pattern `format` (its literal text, and digits where the fields are)?
bool id_follows_format(std::string_view id, std::string_view format);

// The next number in the good pattern `format` for an invoice issued on `issued`: one more than
// the highest running number of the ledger's invoices that match it and share the date fields.
// An Error when the running number would pass 18 digits.
std::string next_invoice_id(const Book& book, std::string_view format, Date issued);

}  // namespace arcollect
