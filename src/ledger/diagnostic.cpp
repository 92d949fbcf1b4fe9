#include "ledger/diagnostic.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include <fmt/format.h>

#include "ledger/limits.hpp"

namespace arcollect {

namespace {

struct CodeName {
  DiagCode code;
  std::string_view name;
};

constexpr std::array kCodes = {
    CodeName{DiagCode::toml_syntax, "toml_syntax"},
    CodeName{DiagCode::unreadable_file, "unreadable_file"},
    CodeName{DiagCode::unknown_table, "unknown_table"},
    CodeName{DiagCode::not_table_array, "not_table_array"},
    CodeName{DiagCode::unknown_key, "unknown_key"},
    CodeName{DiagCode::wrong_type, "wrong_type"},
    CodeName{DiagCode::missing_field, "missing_field"},
    CodeName{DiagCode::invalid_value, "invalid_value"},
    CodeName{DiagCode::invalid_amount, "invalid_amount"},
    CodeName{DiagCode::amount_precision, "amount_precision"},
    CodeName{DiagCode::nonpositive_amount, "nonpositive_amount"},
    CodeName{DiagCode::quoted_date, "quoted_date"},
    CodeName{DiagCode::duplicate_id, "duplicate_id"},
    CodeName{DiagCode::unknown_customer, "unknown_customer"},
    CodeName{DiagCode::unknown_invoice, "unknown_invoice"},
    CodeName{DiagCode::customer_mismatch, "customer_mismatch"},
    CodeName{DiagCode::currency_mismatch, "currency_mismatch"},
    CodeName{DiagCode::due_before_issued, "due_before_issued"},
    CodeName{DiagCode::conflicting_fields, "conflicting_fields"},
    CodeName{DiagCode::plan_schedule, "plan_schedule"},
    CodeName{DiagCode::plan_sum, "plan_sum"},
    CodeName{DiagCode::overpayment, "overpayment"},
    CodeName{DiagCode::untrusted_setting, "untrusted_setting"},
    CodeName{DiagCode::not_regular_file, "not_regular_file"},
    CodeName{DiagCode::outside_ledger, "outside_ledger"},
    CodeName{DiagCode::limit_exceeded, "limit_exceeded"},
    CodeName{DiagCode::unconfirmed_send, "unconfirmed_send"},
    CodeName{DiagCode::likely_duplicate, "likely_duplicate"},
    CodeName{DiagCode::duplicate_bank_id, "duplicate_bank_id"},
    CodeName{DiagCode::step_recorded_twice, "step_recorded_twice"},
    CodeName{DiagCode::merge_conflict, "merge_conflict"},
    CodeName{DiagCode::two_live_plans, "two_live_plans"},
    CodeName{DiagCode::rate_conflict, "rate_conflict"},
    CodeName{DiagCode::rate_past_known, "rate_past_known"},
};

constexpr auto kAllCodes = [] {
  std::array<DiagCode, kCodes.size()> codes{};
  for (std::size_t i = 0; i < kCodes.size(); ++i) codes[i] = kCodes[i].code;
  return codes;
}();

}  // namespace

std::string_view code_name(DiagCode code) {
  for (const auto& entry : kCodes)
    if (entry.code == code) return entry.name;
  return "unknown";
}

std::span<const DiagCode> all_diag_codes() {
  return kAllCodes;
}

Diagnostic diagnostic_at(Severity severity, DiagCode code, std::string path, SourcePos at,
                         std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.code = code;
  d.path = std::move(path);
  d.line = at.line;
  d.column = at.column;
  d.width = at.width;
  d.message = std::move(message);
  return d;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  DiagnosticCounts counts;
  for (const auto& d : diagnostics) {
    if (d.folded_errors || d.folded_warnings) {
      counts.errors += d.folded_errors;
      counts.warnings += d.folded_warnings;
    } else {
      ++(d.severity == Severity::error ? counts.errors : counts.warnings);
    }
  }
  return counts;
}

void fold_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size();) {
    std::size_t end = i;
    while (end < diagnostics.size() && diagnostics[end].path == diagnostics[i].path) ++end;
    const std::size_t shown = std::min(end - i, kMaxDiagnosticsPerFile);
    for (std::size_t k = i; k < i + shown; ++k) kept.push_back(std::move(diagnostics[k]));
    if (end - i > shown) {
      Diagnostic fold;
      fold.code = DiagCode::limit_exceeded;
      fold.path = kept.back().path;
      fold.line = kept.back().line;
      fold.column = kept.back().column;
      for (std::size_t k = i + shown; k < end; ++k)
        ++(diagnostics[k].severity == Severity::error ? fold.folded_errors : fold.folded_warnings);
      fold.severity = fold.folded_errors ? Severity::error : Severity::warning;
      fold.message = fmt::format(
          "and {} more in this file, not shown past the first {}; fix those and run check again",
          end - i - shown, kMaxDiagnosticsPerFile);
      kept.push_back(std::move(fold));
    }
    i = end;
  }
  diagnostics = std::move(kept);
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
                   });
}

}  // namespace arcollect
