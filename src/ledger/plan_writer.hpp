// Recording a payment plan, with the invoice of the charges added to it if any, as one change:
// both records in one file (plans/ID-SUFFIX.toml, ledger/record_name), written at once. Either it
// is written and the ledger still loads cleanly with it, or nothing is left behind.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ledger/records.hpp"

namespace arcollect {

// The one file's text: the charges' invoice, if any, then the plan.
std::string plan_file_text(const Plan& plan, const std::optional<Invoice>& charges);

// Returns the paths written, relative to the root; throws Error (and removes what it wrote)
// when a write fails or the ledger's own checks (the sum, the dates) refuse the plan.
// `shown` is the root as messages name it.
std::vector<std::string> record_plan(const std::filesystem::path& root, const std::string& shown,
                                     const Plan& plan, const std::optional<Invoice>& charges);

}  // namespace arcollect
