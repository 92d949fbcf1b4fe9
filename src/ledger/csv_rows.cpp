#include "ledger/csv_rows.hpp"

#include <fmt/format.h>

#include "ledger/error.hpp"
#include "ledger/limits.hpp"

namespace arcollect {

std::vector<CsvRecord> split_csv(std::string_view text, char delimiter, std::uint32_t first_line,
                                 const std::string& origin) {
  std::vector<CsvRecord> records;
  std::uint32_t line = first_line;
  std::size_t i = 0;
  while (i < text.size()) {
    CsvRecord record;
    record.line = line;
    bool end_of_record = false;
    while (!end_of_record) {
      std::string field;
      const std::uint32_t field_line = line;
      if (i < text.size() && text[i] == '"') {
        ++i;
        for (;;) {
          if (i >= text.size())
            throw Error(
                fmt::format("{}:{}: a quoted field is never closed; every \" that opens "
                            "a field needs one that closes it (a quote inside is \"\")",
                            origin, field_line));
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (text[i] == '\n') ++line;
          field += text[i++];
          if (field.size() > kMaxStringBytes) break;
        }
      }
      while (i < text.size() && text[i] != delimiter && text[i] != '\n') field += text[i++];
      if (!field.empty() && field.back() == '\r' && (i >= text.size() || text[i] == '\n'))
        field.pop_back();
      if (field.size() > kMaxStringBytes)
        throw Error(fmt::format("{}:{}: a field is longer than {} bytes; is the delimiter right?",
                                origin, field_line, kMaxStringBytes));
      record.fields.push_back(std::move(field));
      if (record.fields.size() > kMaxCsvColumns)
        throw Error(
            fmt::format("{}:{}: the line has more than {} columns; is the delimiter "
                        "right?",
                        origin, record.line, kMaxCsvColumns));
      if (i < text.size() && text[i] == delimiter) {
        ++i;
      } else {
        end_of_record = true;
        if (i < text.size()) {  // the line break
          ++i;
          ++line;
        }
      }
    }
    const bool empty_line = record.fields.size() == 1 && record.fields[0].empty();
    if (!empty_line) records.push_back(std::move(record));
  }
  return records;
}

}  // namespace arcollect
