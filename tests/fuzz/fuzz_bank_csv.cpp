// libFuzzer target: a bank's import rules (TOML) and its CSV export through the CSV importer.
// The input is the rules, then the first NUL byte or a line "--- csv ---", then the CSV bytes;
// with neither, all of it is the CSV, read by fixed rules. Rules that do not parse and a file
// that does not fit them are Errors; nothing may crash, hang or grow without bound.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ledger/error.hpp"
#include "ledger/import_rules.hpp"
#include "ledger/statement_csv.hpp"

namespace {

const char* kRules = R"(delimiter = ","
date_format = "%d/%m/%Y"
currency = "GBP"
[columns]
date = "Date"
amount = "Amount"
description = ["Name", "Memo"]
reference = "Reference"
)";

constexpr std::string_view kSeparator = "--- csv ---";

// Splits `input` into the rules and the CSV; false when it has no separator.
bool split(std::string_view input, std::string_view& rules, std::string_view& csv) {
  const std::size_t nul = input.find('\0');
  std::size_t line = 0;
  while (line < input.size() && line < nul) {
    std::size_t end = input.find('\n', line);
    if (end == std::string_view::npos) end = input.size();
    std::string_view text = input.substr(line, end - line);
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (text == kSeparator) {
      rules = input.substr(0, line);
      csv = input.substr(std::min(end + 1, input.size()));
      return true;
    }
    line = end + 1;
  }
  if (nul == std::string_view::npos) return false;
  rules = input.substr(0, nul);
  csv = input.substr(nul + 1);
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arcollect;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view rules_text = kRules, csv = input;
  split(input, rules_text, csv);
  ImportRules rules;
  try {
    rules = read_import_rules(rules_text, "import/fuzz.toml");
  } catch (const Error&) {
    return 0;  // rules that do not parse: an answer, not a crash
  }
  try {
    read_bank_csv(csv, rules, "fuzz.csv");
  } catch (const Error&) {
  }
  return 0;
}
