// A bank statement as `arcollect import` reads it: the lines of one account, whatever the
// format (statement_ofx, statement_csv). Lines are other people's data: the readers refuse a
// whole file for one bad line, and never crash, hang or run anything on what it holds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/date.hpp"

namespace arcollect {

struct BankLine {
  std::uint32_t line = 0;         // 1-based line of the file where this transaction is
  Date date;                      // the day it was booked
  std::int64_t amount_minor = 0;  // exact minor units of `currency`: + money in, - money out
  std::string currency;           // ISO 4217
  std::string description;        // payee/name and memo as one line of UTF-8 (whitespace collapsed)
  std::string reference;          // the payment reference if the format has one apart, else ""
  std::string bank_id;            // the bank's own transaction id (OFX FITID, CSV id column), or ""
};

struct BankStatement {
  std::string account;          // the bank's account id (OFX ACCTID, CSV: rules `account`)
  std::vector<BankLine> lines;  // in file order; zero amounts included
  std::uint32_t skipped = 0;    // lines the rules left out (CSV `skip_when`)
};

// What the readers share.

// Refuses (Error) a statement larger than kMaxFileBytes.
void check_statement_size(std::string_view bytes, const std::string& origin);

// `text` ("-12.50", "+3", "850.0", "-01.7"; a point for decimals, no separators) in minor units
// of `currency`. Extra decimals are accepted when they are zeros ("-30.000" in USD). Throws
// "WHERE: amount ... ; ..." when it is no number, has more decimals than the currency, or is
// past kMaxAmountMinor; `where` is "origin:line".
std::int64_t statement_amount(std::string_view text, const std::string& currency,
                              const std::string& where);

// Trimmed, with every run of whitespace and control characters made one space.
std::string collapse_whitespace(std::string_view text);

// Upper-case ASCII letters; other bytes as they are.
std::string ascii_upper(std::string_view text);

}  // namespace arcollect
