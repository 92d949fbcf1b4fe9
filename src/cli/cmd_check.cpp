// arcollect check: validate the ledger; silent and exit 0 when clean.
#include <iostream>

#include "cli/commands.hpp"
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
    std::size_t errors = 0, warnings = 0;
    for (const auto& d : loaded.diagnostics) (d.severity == Severity::error ? errors : warnings)++;
    if (options->format == "json") {
      std::cout << dump_json(diagnostics_json(loaded.diagnostics));
    } else {
      for (const auto& d : loaded.diagnostics) std::cerr << render_diagnostic(d);
    }
    bool failed = errors > 0 || (options->strict && warnings > 0);
    if (failed && options->format == "text")
      std::cerr << "arcollect: " << count_problems(errors, warnings) << "\n";
    return failed ? kExitError : kExitOk;
  };
}

}  // namespace arcollect::cli
