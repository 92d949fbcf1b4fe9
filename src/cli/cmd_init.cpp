// arcollect init [DIR]: a new ledger with settings, an example customer and invoice.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/init_git.hpp"
#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/money.hpp"
#include "ledger/root.hpp"
#include "ledger/skeleton.hpp"
#include "render/record_file.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

struct InitOptions {
  std::string dir;
  SkeletonOptions skeleton;
  bool git = false;
  std::string format;
};

}  // namespace

std::function<int()> setup_init(CLI::App& app, const Globals& globals) {
  auto options = std::make_shared<InitOptions>();
  app.add_option("DIR", options->dir, "where to create the ledger (default: -C, else here)");
  app.add_option("--name", options->skeleton.business_name, "your business's name")
      ->capture_default_str();
  app.add_option("--currency", options->skeleton.currency, "your currency, ISO 4217")
      ->capture_default_str();
  std::vector<std::string> laws;
  for (const auto& [name, code] : jurisdiction_names()) laws.emplace_back(name);
  app.add_option("--jurisdiction", options->skeleton.jurisdiction,
                 "late-payment law: " + fmt::format("{}", fmt::join(laws, ", ")))
      ->check(CLI::IsMember(laws))
      ->capture_default_str();
  add_format(app, options->format, {"text", "json"});
  app.add_flag("--git", options->git,
               "make the folder a git repository, with a hook that checks what is staged, and "
               "commit the new ledger");
  return [&globals, options] {
    fs::path dir = !options->dir.empty() ? options->dir : !globals.dir.empty() ? globals.dir : ".";
    if (!valid_currency_code(options->skeleton.currency))
      throw UsageError(
          fmt::format("--currency: '{}' is not an ISO 4217 code; write three capital "
                      "letters, e.g. EUR",
                      options->skeleton.currency));
    for (char c : options->skeleton.business_name)
      if (static_cast<unsigned char>(c) < 0x20)
        throw UsageError("--name: the name cannot hold line breaks or control characters");
    if (options->git) refuse_unless_git_can_start(dir);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
      throw Error(fmt::format("{}: cannot create the folder: {}", dir.string(), ec.message()));
    LedgerLock lock(dir);  // two inits at once: one writes, the other finds its ledger
    if (is_ledger_root(dir))
      throw Error(
          fmt::format("{}: a ledger exists here already (arcollect.toml); nothing was "
                      "written",
                      dir.string()));
    options->skeleton.today = today(globals);
    auto files = ledger_skeleton(options->skeleton);
    for (const auto& file : files)
      if (!file.optional && fs::exists(dir / file.path, ec))
        throw Error(
            fmt::format("{}: already exists; nothing was written", (dir / file.path).string()));
    std::vector<fs::path> written;
    try {
      for (const auto& file : files) {
        if (file.optional && fs::exists(dir / file.path, ec)) continue;
        write_new_file(dir / file.path, file.content);
        written.push_back(dir / file.path);
      }
    } catch (...) {
      for (const auto& path : written) fs::remove(path, ec);
      throw;
    }
    std::vector<fs::path> relative;
    for (const auto& path : written) relative.push_back(path.lexically_relative(dir));
    if (options->format == "json") {
      if (options->git) start_repository(dir, relative);
      std::vector<RecordFile> made;
      for (const auto& file : files)
        if (std::ranges::find(relative, fs::path(file.path)) != relative.end())
          made.push_back({fs::path(file.path).generic_string(), true, file.content});
      JsonObject body = files_json(made);
      body.emplace_back("git", options->git);
      print_json(globals, "init", std::move(body));
      return kExitOk;
    }
    std::cout << fmt::format("Created a ledger in {}:\n", dir.string());
    for (const auto& path : relative) std::cout << "  " << path.string() << "\n";
    if (options->git) {
      start_repository(dir, relative);
      std::cout << "Made it a git repository with a first commit; .git/hooks/pre-commit checks "
                   "each ledger as staged.\n";
    }
    std::cout << "Next: fill in arcollect.toml, replace the examples, then run 'arcollect check' "
                 "and 'arcollect aging'.\n";
    return kExitOk;
  };
}

}  // namespace arcollect::cli
