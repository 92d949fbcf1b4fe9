// arcollect check: validate the ledger; silent and exit 0 when clean. It also names what a
// merge of two clones can double: a bank transaction, an invoice number, a step, a live plan.
#include <iostream>

#include "cli/commands.hpp"
#include "collect/plan_doubles.hpp"
#include "collect/rate_gaps.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"
#include "render/diagnostics.hpp"
#include "render/reason.hpp"

namespace arcollect::cli {

namespace {

// At the id of the first invoice that needs the rate.
Diagnostic rate_gap_warning(const Book& book, const RateGap& gap) {
  const Invoice& first = book.invoices[gap.invoices.front()];
  return diagnostic_at(Severity::warning, DiagCode::rate_past_known, book.files[first.id_pos.file],
                       first.id_pos, rate_gap_text(gap.rate, first.id, gap.invoices.size() - 1));
}

struct CheckOptions {
  std::string format;
  bool strict = false;
};

}  // namespace

std::function<int()> setup_check(CLI::App& app, const Globals& globals) {
  auto options = std::make_shared<CheckOptions>();
  add_format(app, options->format, {"text", "json"});
  app.add_flag("--strict", options->strict, "fail (exit 1) on warnings too");
  return [&globals, options] {
    LedgerLocation where = locate_ledger(globals);
    LoadResult loaded = load_ledger(where.root, where.shown);
    // What only the accounts' state shows (two live plans) is asked of a ledger that loads.
    if (!has_errors(loaded.diagnostics)) {
      const AccountState state = account_state(loaded.book, today(globals));
      for (Diagnostic& d : two_live_plans(state)) loaded.diagnostics.push_back(std::move(d));
      for (const RateGap& gap : rate_gaps(state))
        loaded.diagnostics.push_back(rate_gap_warning(loaded.book, gap));
    }
    DiagnosticCounts counts = count_diagnostics(loaded.diagnostics);
    if (options->format == "json") {
      std::cout << dump_json(diagnostics_json(loaded.diagnostics));
    } else {
      for (const auto& d : loaded.diagnostics)
        if (d.severity == Severity::error || !globals.quiet) std::cerr << render_diagnostic(d);
    }
    bool failed = counts.errors > 0 || (options->strict && counts.warnings > 0);
    if (failed && options->format == "text")
      std::cerr << "arcollect: " << describe_counts(counts) << "\n";
    return failed ? kExitError : kExitOk;
  };
}

}  // namespace arcollect::cli
