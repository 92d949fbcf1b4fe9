// A bank's CSV export into a BankStatement, as its import rules (import_rules.hpp) describe it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ledger/import_rules.hpp"
#include "ledger/statement.hpp"

namespace arcollect {

// Every data line of `bytes` (after `skip` lines and the header row), in file order; lines
// that skip_when names are counted in `skipped`, empty lines ignored. A BOM is dropped. Throws
// arcollect::Error "ORIGIN:LINE: ...; ..." for the first line that cannot be read, or for a
// column the rules name that the header does not have.
BankStatement read_bank_csv(std::string_view bytes, const ImportRules& rules,
                            const std::string& origin);

// `text` read by a date_format of import_rules.hpp, or nothing.
std::optional<Date> parse_statement_date(std::string_view text, std::string_view format);

}  // namespace arcollect
