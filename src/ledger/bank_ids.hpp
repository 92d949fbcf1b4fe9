// The bank_id an imported payment carries, so that importing a statement again, or one that
// overlaps it, records each bank transaction once.
#pragma once

#include <string>
#include <vector>

#include "ledger/statement.hpp"

namespace arcollect {

// One id per line of `statement`, in order. The bank's own transaction id when it gives one
// (prefixed with the account, when known: ids are unique per account); else "h:" and a hash of
// the account, date, amount, currency, description and the line's place among the statement's
// identical lines (the second of two equal coffees is not the first). An id longer than
// kMaxIdBytes is hashed too.
std::vector<std::string> statement_bank_ids(const BankStatement& statement);

}  // namespace arcollect
