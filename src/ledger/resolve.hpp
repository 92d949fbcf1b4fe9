// Cross-file checks and resolution: ids unique, references known, currencies settled, amounts
// exact in their currency, due dates filled in, plans adding up, overpayments noted.
#pragma once

#include <vector>

#include "ledger/book.hpp"
#include "ledger/diagnostic.hpp"

namespace arcollect {

// `book` holds every record read; on return duplicates are dropped, every Money is set and
// the indexes are built. Diagnostics are appended without source lines.
void resolve(Book& book, std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
