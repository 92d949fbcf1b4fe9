// The rules that say how to read one bank's CSV export, and which customer a line is from:
// `import/NAME.toml`. Read by read_import_rules, applied by read_bank_csv (statement_csv) and
// by the caller (the [[match]] patterns). The keys, all checked (unknown keys, wrong types and
// combinations that do not fit are errors):
//
//   delimiter = ","          one character; default ","
//   skip = 0                 physical lines to skip before the header row (or the data)
//   header = true            false: the file has no header row; columns are 1-based numbers
//   encoding = "utf-8"       "utf-8" | "latin-1" (read as Windows-1252: 0x80 is the euro sign)
//   date_format = "%Y-%m-%d" %d %m (one or two digits) %Y %y (20yy) %b (Jan..Dec, any case);
//                            %H %M %S are read and ignored (a time after the date); %% is a
//                            percent sign; anything else must be there as written
//   decimal = "."            "." or ","; the other one, spaces and apostrophes are thousands
//                            separators
//   sign = "signed"          "signed": money in is positive | "inverted": money in is negative
//                            | "columns": credit and debit columns | "indicator": a column says
//                            whether the (unsigned) amount is in or out
//   currency = "GBP"         the currency when the file has no currency column (or it is empty)
//   account = "..."          optional: the bank's account id (makes bank ids unique)
//   incoming = ["Bij", "C"]  sign = "indicator": the values (any case) that mean money in;
//                            anything else is out. Also accepted inside [columns].
//   skip_when = { column = "State", values = ["PENDING"] }
//                            optional: lines to leave out (counted in BankStatement::skipped).
//                            Also accepted inside [columns].
//   [columns]                each a header name (exact, after trimming; with a name twice,
//                            the first column) or a 1-based column number
//   date = "Date"            required
//   amount = "Amount"        sign = "signed" | "inverted" | "indicator"
//   credit = "Credit"        sign = "columns": money in; an empty cell is 0
//   debit = "Debit"          sign = "columns": money out; an empty cell is 0
//   indicator = "Af Bij"     sign = "indicator"
//   description = ["Name", "Memo"]   one name or a list, joined by " "
//   reference = "Reference"  optional: the payment reference
//   bank_id = "Id"           optional: the bank's transaction id
//   currency = "Currency"    optional: else the top-level `currency`
//
//   [[match]]                a case-insensitive regex on a field -> the customer; the caller
//   pattern = "northwind|nwt ltd"    compiles and applies these
//   field = "any"            "description" | "reference" | "any" (default)
//   customer = "northwind"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arcollect {

// How many [[match]] rules one rules file may hold.
inline constexpr std::size_t kMaxMatchRules = 200;

struct MatchRule {
  std::string pattern;
  std::string field = "any";  // "description" | "reference" | "any"
  std::string customer;
  std::uint32_t line = 0;  // of the [[match]] table in the rules file
};

// A column by header name, or by 1-based number (number != 0).
struct ColumnRef {
  std::string name;
  std::uint32_t number = 0;
  bool set() const { return number != 0 || !name.empty(); }
};

enum class SignMode { signed_amount, inverted, columns, indicator };
enum class TextEncoding { utf8, latin1 };

struct CsvColumns {
  ColumnRef date, amount, credit, debit, indicator, reference, bank_id, currency;
  std::vector<ColumnRef> description;
};

struct SkipWhen {
  ColumnRef column;
  std::vector<std::string> values;  // exact, after trimming
};

struct ImportRules {
  char delimiter = ',';
  std::uint32_t skip = 0;
  bool header = true;
  TextEncoding encoding = TextEncoding::utf8;
  std::string date_format = "%Y-%m-%d";
  char decimal = '.';
  SignMode sign = SignMode::signed_amount;
  std::string currency;  // "" when the file has a currency column
  std::string account;
  CsvColumns columns;
  std::vector<std::string> incoming;
  std::optional<SkipWhen> skip_when;
  std::vector<MatchRule> match;

  // Do the rules say how to read a CSV file ([columns]), or only whom lines are from?
  bool has_layout() const { return columns.date.set(); }
};

// Throws arcollect::Error "ORIGIN:LINE:COL: what is wrong; what to do" for the first problem.
ImportRules read_import_rules(std::string_view text, const std::string& origin);

}  // namespace arcollect
