#include "ledger/statement_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "ledger/csv_rows.hpp"
#include "ledger/error.hpp"
#include "ledger/money.hpp"
#include "ledger/text_encoding.hpp"

namespace arcollect {

namespace {

constexpr std::size_t kUnset = static_cast<std::size_t>(-1);

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// A cell as text: trimmed, without the single quotes some banks wrap free text in.
std::string_view text_cell(std::string_view cell) {
  cell = trim(cell);
  if (cell.size() >= 2 && cell.front() == '\'' && cell.back() == '\'')
    cell = trim(cell.substr(1, cell.size() - 2));
  return cell;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ascii_upper(a) == ascii_upper(b);
}

// Up to `most` digits (at least one) at `at`.
std::optional<int> digits(std::string_view text, std::size_t& at, std::size_t least,
                          std::size_t most) {
  int value = 0;
  std::size_t n = 0;
  while (n < most && at < text.size() && text[at] >= '0' && text[at] <= '9') {
    value = value * 10 + (text[at++] - '0');
    ++n;
  }
  if (n < least) return std::nullopt;
  return value;
}

// "12.345,67" with decimal ',' is "12345.67": the other mark, spaces (also no-break ones) and
// apostrophes are thousands separators. Each must stand before a group of exactly three digits
// and before the decimal mark: "12.50" with decimal ',' is no amount (a wrong `decimal`), not
// 1250. Such a cell gives nothing.
std::optional<std::string> plain_amount(std::string_view cell, char decimal) {
  std::string out;
  int group = -1;  // digits since the last separator; -1 before any
  bool after_decimal = false;
  auto separator = [&] {
    if (after_decimal || (group != -1 && group != 3) ||
        out.find_first_of("0123456789") == std::string::npos)
      return false;
    group = 0;
    return true;
  };
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    std::size_t width = 0;
    if (cell.substr(i, 2) == "\xC2\xA0")
      width = 2;
    else if (cell.substr(i, 3) == "\xE2\x80\xAF" || cell.substr(i, 3) == "\xE2\x80\x99")
      width = 3;
    else if (c == ' ' || c == '\'' || c == (decimal == '.' ? ',' : '.'))
      width = 1;
    if (width) {
      if (!separator()) return std::nullopt;
      i += width - 1;
      continue;
    }
    if (c == decimal) {
      if (after_decimal || (group != -1 && group != 3)) return std::nullopt;
      group = -1;
      after_decimal = true;
      out += '.';
      continue;
    }
    if (c >= '0' && c <= '9' && group != -1) ++group;
    out += c;
  }
  if (group != -1 && group != 3) return std::nullopt;
  return out;
}

std::string describe(const ColumnRef& ref) {
  return ref.number != 0 ? fmt::format("column {}", ref.number) : fmt::format("\"{}\"", ref.name);
}

class CsvReader {
 public:
  CsvReader(const ImportRules& rules, const std::string& origin) : rules_(rules), origin_(origin) {}

  BankStatement run(std::string_view text) {
    std::uint32_t line = 1;
    std::size_t start = 0;
    for (std::uint32_t k = 0; k < rules_.skip && start < text.size(); ++k, ++line) {
      const std::size_t end = text.find('\n', start);
      start = end == std::string_view::npos ? text.size() : end + 1;
    }
    std::vector<CsvRecord> records = split_csv(text.substr(start), rules_.delimiter, line, origin_);
    std::erase_if(records, [](const CsvRecord& r) {
      return std::all_of(r.fields.begin(), r.fields.end(),
                         [](const std::string& f) { return trim(f).empty(); });
    });
    std::size_t first = 0;
    if (rules_.header) {
      if (records.empty())
        throw Error(
            fmt::format("{}: no header row after the {} line{} skipped; check 'skip' in "
                        "the rules",
                        origin_, rules_.skip, rules_.skip == 1 ? "" : "s"));
      for (const std::string& name : records[0].fields) header_.emplace_back(trim(name));
      header_line_ = records[0].line;
      first = 1;
    }
    resolve_columns();
    BankStatement statement;
    statement.account = rules_.account;
    for (std::size_t i = first; i < records.size(); ++i) {
      const CsvRecord& record = records[i];
      if (skip_when_ != kUnset &&
          std::find(rules_.skip_when->values.begin(), rules_.skip_when->values.end(),
                    trim(cell(record, skip_when_))) != rules_.skip_when->values.end()) {
        ++statement.skipped;
        continue;
      }
      statement.lines.push_back(line_of(record));
    }
    return statement;
  }

 private:
  std::size_t index_of(const ColumnRef& ref, std::string_view key) const {
    if (!ref.set()) return kUnset;
    if (ref.number != 0) return ref.number - 1;
    const auto found = std::find(header_.begin(), header_.end(), ref.name);
    if (found != header_.end()) return static_cast<std::size_t>(found - header_.begin());
    std::string names;
    for (const std::string& name : header_)
      names += fmt::format("{}\"{}\"", names.empty() ? "" : ", ", name.substr(0, 80));
    throw Error(
        fmt::format("{}:{}: no column \"{}\" in the header (for [columns] {}); its "
                    "columns are {}; fix the rules",
                    origin_, header_line_, ref.name, key, names));
  }

  void resolve_columns() {
    const CsvColumns& c = rules_.columns;
    date_ = index_of(c.date, "date");
    amount_ = index_of(c.amount, "amount");
    credit_ = index_of(c.credit, "credit");
    debit_ = index_of(c.debit, "debit");
    indicator_ = index_of(c.indicator, "indicator");
    reference_ = index_of(c.reference, "reference");
    bank_id_ = index_of(c.bank_id, "bank_id");
    currency_ = index_of(c.currency, "currency");
    for (const ColumnRef& ref : c.description) description_.push_back(index_of(ref, "description"));
    if (rules_.skip_when) skip_when_ = index_of(rules_.skip_when->column, "skip_when");
  }

  static std::string_view cell(const CsvRecord& record, std::size_t index) {
    return index < record.fields.size() ? std::string_view(record.fields[index]) : "";
  }

  // The amount in `index`, or 0 when the cell is empty and `empty_is_zero`.
  std::int64_t amount(const CsvRecord& record, std::size_t index, const ColumnRef& ref,
                      const std::string& currency, const std::string& where,
                      bool empty_is_zero) const {
    const std::string_view raw = trim(cell(record, index));
    const std::optional<std::string> plain = plain_amount(raw, rules_.decimal);
    if (!plain)
      throw Error(
          fmt::format("{}: amount \"{}\" does not read with decimal = \"{}\"; check the "
                      "rules' decimal mark",
                      where, raw, rules_.decimal));
    const std::string& text = *plain;
    if (text.empty()) {
      if (empty_is_zero) return 0;
      throw Error(fmt::format("{}: the amount ({}) is empty; is this the right column?", where,
                              describe(ref)));
    }
    return statement_amount(text, currency, where);
  }

  BankLine line_of(const CsvRecord& record) const {
    const CsvColumns& c = rules_.columns;
    const std::string where = fmt::format("{}:{}", origin_, record.line);
    BankLine line;
    line.line = record.line;
    const std::string_view day = trim(cell(record, date_));
    const auto date = parse_statement_date(day, rules_.date_format);
    if (!date)
      throw Error(
          fmt::format("{}: date \"{}\" ({}) does not match date_format \"{}\"; fix the "
                      "rules' date_format or [columns] date",
                      where, day.substr(0, 40), describe(c.date), rules_.date_format));
    line.date = *date;
    line.currency = ascii_upper(trim(cell(record, currency_)));
    if (line.currency.empty()) line.currency = rules_.currency;
    if (line.currency.empty())
      throw Error(
          fmt::format("{}: the currency ({}) is empty; set currency = \"EUR\" (say) in "
                      "the rules",
                      where, describe(c.currency)));
    if (!valid_currency_code(line.currency))
      throw Error(
          fmt::format("{}: currency \"{}\" is not an ISO 4217 code; is [columns] "
                      "currency the right column?",
                      where, line.currency.substr(0, 40)));
    const std::string& cur = line.currency;
    switch (rules_.sign) {
      case SignMode::signed_amount:
        line.amount_minor = amount(record, amount_, c.amount, cur, where, false);
        break;
      case SignMode::inverted:
        line.amount_minor = -amount(record, amount_, c.amount, cur, where, false);
        break;
      case SignMode::columns:
        line.amount_minor = std::abs(amount(record, credit_, c.credit, cur, where, true)) -
                            std::abs(amount(record, debit_, c.debit, cur, where, true));
        break;
      case SignMode::indicator: {
        const std::int64_t magnitude =
            std::abs(amount(record, amount_, c.amount, cur, where, false));
        const std::string_view says = trim(cell(record, indicator_));
        const bool in =
            std::any_of(rules_.incoming.begin(), rules_.incoming.end(),
                        [&](const std::string& v) { return equal_ignoring_case(v, says); });
        line.amount_minor = in ? magnitude : -magnitude;
        break;
      }
    }
    std::string description;
    for (std::size_t index : description_) {
      const std::string_view text = text_cell(cell(record, index));
      if (!text.empty()) description += (description.empty() ? "" : " ") + std::string(text);
    }
    line.description = collapse_whitespace(description);
    line.reference = collapse_whitespace(text_cell(cell(record, reference_)));
    line.bank_id = collapse_whitespace(text_cell(cell(record, bank_id_)));
    return line;
  }

  const ImportRules& rules_;
  const std::string& origin_;
  std::vector<std::string> header_;
  std::uint32_t header_line_ = 0;
  std::size_t date_ = kUnset, amount_ = kUnset, credit_ = kUnset, debit_ = kUnset,
              indicator_ = kUnset, reference_ = kUnset, bank_id_ = kUnset, currency_ = kUnset,
              skip_when_ = kUnset;
  std::vector<std::size_t> description_;
};

}  // namespace

std::optional<Date> parse_statement_date(std::string_view text, std::string_view format) {
  static constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  int year = -1, month = -1, day = -1;
  std::size_t at = 0;
  for (std::size_t f = 0; f < format.size(); ++f) {
    if (format[f] != '%' || f + 1 == format.size() || format[f + 1] == '%') {
      if (at >= text.size() || text[at] != format[f]) return std::nullopt;
      ++at;
      if (format[f] == '%') ++f;
      continue;
    }
    std::optional<int> value;
    switch (format[++f]) {
      case 'd':
        value = day = digits(text, at, 1, 2).value_or(-1);
        break;
      case 'm':
        value = month = digits(text, at, 1, 2).value_or(-1);
        break;
      case 'Y':
        value = year = digits(text, at, 4, 4).value_or(-1);
        break;
      case 'y':
        value = digits(text, at, 2, 2);
        if (value) year = 2000 + *value;
        break;
      case 'H':
      case 'M':
      case 'S':
        value = digits(text, at, 1, 2);
        break;
      case 'b': {
        const std::string word = ascii_upper(text.substr(at, 3));
        const auto found = std::find(std::begin(kMonths), std::end(kMonths), word);
        if (found == std::end(kMonths)) return std::nullopt;
        value = month = static_cast<int>(found - std::begin(kMonths)) + 1;
        at += 3;
        break;
      }
      default:
        return std::nullopt;
    }
    if (!value || *value < 0) return std::nullopt;
  }
  if (at != text.size() || year < 0 || month < 1 || day < 1) return std::nullopt;
  return valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

BankStatement read_bank_csv(std::string_view bytes, const ImportRules& rules,
                            const std::string& origin) {
  check_statement_size(bytes, origin);
  bytes = strip_utf8_bom(bytes);
  if (rules.encoding == TextEncoding::latin1) {
    const std::string text = cp1252_to_utf8(bytes);
    return CsvReader(rules, origin).run(text);
  }
  if (const auto bad = first_invalid_utf8(bytes)) {
    const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<long>(*bad), '\n');
    throw Error(
        fmt::format("{}:{}: the file is not UTF-8 (byte 0x{:02X}); if the bank writes "
                    "Latin-1 or Windows-1252, set encoding = \"latin-1\" in the rules",
                    origin, line, static_cast<unsigned char>(bytes[*bad])));
  }
  return CsvReader(rules, origin).run(bytes);
}

}  // namespace arcollect
