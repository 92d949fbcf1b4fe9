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

Json diagnostics_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
