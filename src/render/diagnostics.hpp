// Diagnostics as text for people (with the source line and a caret) or JSON for editors.
#pragma once

#include <string>
#include <vector>

#include "ledger/diagnostic.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string render_diagnostic(const Diagnostic& diagnostic);
Json diagnostics_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
