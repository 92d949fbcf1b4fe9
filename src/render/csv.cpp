#include "render/csv.hpp"

namespace arcollect {

namespace {

// A number as arcollect writes one: "-12.50", "1200", "3.75".
bool is_number(const std::string& text) {
  std::size_t i = text.front() == '-' || text.front() == '+' ? 1 : 0;
  if (i >= text.size()) return false;
  for (; i < text.size(); ++i)
    if (!(text[i] >= '0' && text[i] <= '9') && text[i] != '.') return false;
  return true;
}

// A spreadsheet runs a cell that begins with = + - @ (or a tab or CR before them) as a
// formula; a quote in front makes it text. Numbers are left as they are.
std::string defused(const std::string& text) {
  if (text.empty() || is_number(text)) return text;
  const char first = text.front();
  if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
      first == '\r')
    return "'" + text;
  return text;
}

}  // namespace

std::string csv_field(const std::string& raw) {
  const std::string text = defused(raw);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\r\n";
}

}  // namespace arcollect
