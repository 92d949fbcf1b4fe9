// Diagnostics as text for people (with the source line and a caret) or JSON for editors.
#pragma once

#include <string>
#include <vector>

#include "ledger/diagnostic.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string render_diagnostic(const Diagnostic& diagnostic);
// "2 errors, 1 warning"
std::string describe_counts(DiagnosticCounts counts);

// "the ledger has 2 warnings: 'arcollect check' lists them", where a command does not print
// them itself.
std::string ledger_warnings_text(std::size_t warnings);

JsonObject diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                            std::string_view display_root);

}  // namespace arcollect
