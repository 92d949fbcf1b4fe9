// arcollect config: every effective setting, and where each came from.
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/settings.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"
#include "render/config.hpp"

namespace arcollect::cli {

std::function<int()> setup_config(CLI::App& app, const Globals& globals) {
  auto format = std::make_shared<std::string>();
  add_format(app, *format, {"text", "json"});
  return [&globals, format] {
    // The ledger's settings are listed when there is a ledger that loads; the rest without
    // one, so that config says why none was found.
    std::optional<Settings> ledger;
    try {
      const LedgerLocation where = locate_ledger(globals);
      LoadResult loaded = load_ledger(where.root, where.shown);
      if (!has_errors(loaded.diagnostics)) ledger = std::move(loaded.book.settings);
    } catch (const Error&) {
    }
    const std::vector<Setting> settings = all_settings(globals, ledger ? &*ledger : nullptr);
    if (*format == "json")
      print_json(globals, "config", config_json(settings));
    else
      std::cout << config_text(settings, use_color(globals));
    return kExitOk;
  };
}

}  // namespace arcollect::cli
