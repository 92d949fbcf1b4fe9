#include "cli/help.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "cli/run_program.hpp"
#include "ledger/suggest.hpp"

namespace arcollect::cli {

std::string overview() {
  return R"(arcollect: get paid, from a folder of TOML files (a ledger) kept in git.

Start a ledger, with an example customer and invoice to follow:
  arcollect init books && cd books

Most days need three commands:
  arcollect due                  what to do today: whom to call, what to send, what broke
  arcollect log CUSTOMER ...     record a call, an email, a promise or a dispute
  arcollect pay CUSTOMER AMOUNT  record a payment (or import a bank statement)

Every command:  arcollect --help
A command:      arcollect COMMAND --help, or its manual: arcollect help COMMAND
)";
}

int open_manual(std::string_view command, const std::string& help_text) {
  const std::string page = command.empty() ? "arcollect" : fmt::format("arcollect-{}", command);
  const char* path = std::getenv("PATH");
  const std::string man = find_program("man", path ? path : "");
  // `man -w` only looks the page up; its answer decides between the manual and --help.
  const std::filesystem::path quiet = "/dev/null";
  RunOptions lookup;
  lookup.log = &quiet;
  if (!man.empty() && run_program({man, "-w", page}, lookup).empty()) {
    std::cout.flush();
    std::cerr.flush();
    std::vector<char*> argv = {const_cast<char*>(man.c_str()), const_cast<char*>(page.c_str()),
                               nullptr};
    ::execv(man.c_str(), argv.data());
  }
  std::cerr << fmt::format(
      "arcollect: {}; here is --help instead\n",
      man.empty() ? "man is not installed" : fmt::format("no manual page {} is installed", page));
  std::cout << help_text;
  return 0;
}

std::optional<std::string> unknown_option(const CLI::App& program, const CLI::App* command,
                                          int argc, char** argv) {
  std::vector<std::string> names;
  // The program's options, the command's and those of its own subcommands (customer add).
  std::vector<const CLI::App*> apps = {&program};
  if (command) apps.push_back(command);
  for (std::size_t i = 1; i < apps.size(); ++i)
    for (const CLI::App* sub : apps[i]->get_subcommands({})) apps.push_back(sub);
  for (const CLI::App* app : apps)
    for (const CLI::Option* option : app->get_options()) {
      for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
      for (const std::string& name : option->get_snames()) names.push_back("-" + name);
    }
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    if (!arg.starts_with("--")) continue;
    arg = arg.substr(0, arg.find('='));
    if (std::find(names.begin(), names.end(), arg) != names.end()) continue;
    std::vector<std::string_view> candidates(names.begin(), names.end());
    return fmt::format("unknown option '{}'{}", arg, did_you_mean(arg, candidates));
  }
  return std::nullopt;
}

}  // namespace arcollect::cli
