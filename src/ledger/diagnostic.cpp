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
    CodeName{DiagCode::toml_syntax, "toml-syntax"},
    CodeName{DiagCode::unreadable_file, "unreadable-file"},
    CodeName{DiagCode::unknown_table, "unknown-table"},
    CodeName{DiagCode::not_table_array, "not-table-array"},
    CodeName{DiagCode::unknown_key, "unknown-key"},
    CodeName{DiagCode::wrong_type, "wrong-type"},
    CodeName{DiagCode::missing_field, "missing-field"},
    CodeName{DiagCode::invalid_value, "invalid-value"},
    CodeName{DiagCode::invalid_amount, "invalid-amount"},
    CodeName{DiagCode::amount_precision, "amount-precision"},
    CodeName{DiagCode::nonpositive_amount, "nonpositive-amount"},
    CodeName{DiagCode::quoted_date, "quoted-date"},
    CodeName{DiagCode::duplicate_id, "duplicate-id"},
    CodeName{DiagCode::unknown_customer, "unknown-customer"},
    CodeName{DiagCode::unknown_invoice, "unknown-invoice"},
    CodeName{DiagCode::customer_mismatch, "customer-mismatch"},
    CodeName{DiagCode::currency_mismatch, "currency-mismatch"},
    CodeName{DiagCode::due_before_issued, "due-before-issued"},
    CodeName{DiagCode::conflicting_fields, "conflicting-fields"},
    CodeName{DiagCode::plan_schedule, "plan-schedule"},
    CodeName{DiagCode::plan_sum, "plan-sum"},
    CodeName{DiagCode::overpayment, "overpayment"},
    CodeName{DiagCode::untrusted_setting, "untrusted-setting"},
    CodeName{DiagCode::not_regular_file, "not-regular-file"},
    CodeName{DiagCode::outside_ledger, "outside-ledger"},
    CodeName{DiagCode::limit_exceeded, "limit-exceeded"},
    CodeName{DiagCode::unconfirmed_send, "unconfirmed-send"},
    CodeName{DiagCode::likely_duplicate, "likely-duplicate"},
    CodeName{DiagCode::duplicate_bank_id, "duplicate-bank-id"},
    CodeName{DiagCode::step_recorded_twice, "step-recorded-twice"},
    CodeName{DiagCode::merge_conflict, "merge-conflict"},
    CodeName{DiagCode::two_live_plans, "two-live-plans"},
    CodeName{DiagCode::rate_conflict, "rate-conflict"},
    CodeName{DiagCode::rate_past_known, "rate-past-known"},
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
