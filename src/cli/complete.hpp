// Shell completion: `arcollect __complete KIND ...`, hidden, which the bash, zsh and fish
// scripts (`arcollect completion SHELL`) call. Every word is decided here, once, so that the
// three scripts only pass the command line and show what comes back.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "cli/context.hpp"

namespace arcollect::cli {

// The candidates, one per line, for KIND = args[0]:
//   commands                  the commands
//   options COMMAND [SUB]     the options of the command (and its subcommand), and the globals
//   customers | plans | steps the ledger's ids (-C DIR, ARCOLLECT_DIR, or found upwards)
//   invoices [CUSTOMER]       the invoice ids, the customer's only when given
//   next WORD...              what fits after the words of a command line (without
//                             "arcollect"; the last word is the one being completed, maybe
//                             empty), by the command, the option before it and the positional
//                             place; ":files" or ":dirs" alone asks the shell for paths
// `dir`: a -C given before __complete. An unknown kind or an unreadable ledger gives no
// candidates; nothing goes to stderr.
std::vector<std::string> complete(const CLI::App& program, const std::vector<std::string>& args,
                                  const std::string& dir);

// The completion script for `shell` (bash, zsh or fish); an Error for another.
std::string completion_script(std::string_view shell);

}  // namespace arcollect::cli
