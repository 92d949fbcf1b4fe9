// Splitting CSV text into records (RFC 4180, leniently: a quote inside an unquoted field is
// kept, text after a closing quote is kept, CRLF and LF both end a record).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace arcollect {

inline constexpr std::size_t kMaxCsvColumns = 1000;

struct CsvRecord {
  std::uint32_t line = 0;  // where the record starts (a quoted field may hold line breaks)
  std::vector<std::string> fields;
};

// The records of `text`, whose first line is line `first_line` of `origin`; an empty line is
// no record. Throws arcollect::Error "ORIGIN:LINE: ..." for a quote left open at the end, a
// field over kMaxStringBytes, or a record over kMaxCsvColumns fields.
std::vector<CsvRecord> split_csv(std::string_view text, char delimiter, std::uint32_t first_line,
                                 const std::string& origin);

}  // namespace arcollect
