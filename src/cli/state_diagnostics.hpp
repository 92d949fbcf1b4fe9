// What only the accounts' state on a day shows about a ledger that loads: two live plans for
// one customer (an error) and reference rates interest needs past the table (warnings). `check`
// lists them with the loader's; the morning digest counts them.
#pragma once

#include <vector>

#include "collect/account_state.hpp"
#include "ledger/diagnostic.hpp"

namespace arcollect::cli {

std::vector<Diagnostic> state_diagnostics(const AccountState& state);

}  // namespace arcollect::cli
