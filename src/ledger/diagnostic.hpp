// A problem found in the ledger, with where it is and what to do about it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace arcollect {

enum class Severity { error, warning };

// Every kind of diagnostic the loader emits; each has a reproducer in tests/errors/<name>/.
enum class DiagCode {
  toml_syntax,
  unreadable_file,
  unknown_table,
  not_table_array,
  unknown_key,
  wrong_type,
  missing_field,
  invalid_value,
  invalid_amount,
  amount_precision,
  nonpositive_amount,
  quoted_date,
  duplicate_id,
  unknown_customer,
  unknown_invoice,
  customer_mismatch,
  currency_mismatch,
  due_before_issued,
  conflicting_fields,
  plan_schedule,
  plan_sum,
  overpayment,
  untrusted_setting,    // a setting a ledger may not make (it names a program to run)
  not_regular_file,     // a FIFO, device, socket or folder where a record file should be
  outside_ledger,       // a link that leads out of the ledger folder
  limit_exceeded,       // a file, nesting, key, string or amount past a documented limit
  unconfirmed_send,     // an email that may or may not have gone out (a run stopped mid-send)
  likely_duplicate,     // a payment that looks recorded twice (same customer, date, amount, ref)
  duplicate_bank_id,    // one bank transaction (bank_id) on records of two files
  step_recorded_twice,  // one ladder step for one customer on one day in two files
  merge_conflict,       // git's conflict markers left in a file
  two_live_plans,       // two live payment plans for one customer (check, as of --today)
  rate_conflict,        // two [[rate]] records of one series and day with different rates
  rate_past_known,      // interest needs a rate past the table (check, as of --today)
};

std::string_view code_name(DiagCode code);
std::span<const DiagCode> all_diag_codes();

// Where a record or value sits in the ledger: file index into Book::files, 1-based line and
// column, and how many columns the caret should underline.
struct SourcePos {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t width = 1;
};

struct Diagnostic {
  Severity severity = Severity::error;
  DiagCode code = DiagCode::invalid_value;
  std::string path;  // as shown to the user
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t width = 1;
  std::string message;
  std::string source_line;  // the offending line, for the caret; may be empty
  // A line that stands for the diagnostics of its file past kMaxDiagnosticsPerFile: how many
  // errors and warnings it folds (it counts as them, not as itself).
  std::uint32_t folded_errors = 0, folded_warnings = 0;
};

// A diagnostic at a place in a file (the source line for the caret is left to the caller).
Diagnostic diagnostic_at(Severity severity, DiagCode code, std::string path, SourcePos at,
                         std::string message);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

struct DiagnosticCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
};
DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics);

// Sorts by path, line, column so that output is stable whatever order files were read in.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

// Keeps the first kMaxDiagnosticsPerFile of each file (sorted) and folds the rest into one
// line, "and N more", so that a hostile file cannot flood the output.
void fold_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
