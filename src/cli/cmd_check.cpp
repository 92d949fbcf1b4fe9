// arcollect check: validate the ledger; silent and exit 0 when clean. It also names what a
// merge of two clones can double: a bank transaction, an invoice number, a step, a live plan.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/state_diagnostics.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"
#include "render/diagnostics.hpp"

namespace arcollect::cli {

namespace {

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
    // What only the accounts' state shows (two live plans, rates past the table) is asked of
    // a ledger that loads.
    if (!has_errors(loaded.diagnostics))
      for (Diagnostic& d : state_diagnostics(account_state(loaded.book, today(globals))))
        loaded.diagnostics.push_back(std::move(d));
    DiagnosticCounts counts = count_diagnostics(loaded.diagnostics);
    if (options->format == "json") {
      print_json(globals, "check", diagnostics_json(loaded.diagnostics, where.shown));
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
