// The programs a user chooses to run (a mail command, a browser that prints PDF): set in their
// own configuration file or the environment, never in a ledger, and split into words without a
// shell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace arcollect::cli {

// The command's words: split at spaces, with '...' and "..." quoting; no other shell syntax.
// Throws Error naming `source` (where the command was set) and `what` it is on an unclosed
// quote or an empty command.
std::vector<std::string> command_words(const std::string& command, std::string_view source,
                                       std::string_view what);

// The user's own configuration file: $XDG_CONFIG_HOME/arcollect/config.toml, else
// ~/.config/arcollect/config.toml; "" when neither variable is set.
std::string user_config_path();

}  // namespace arcollect::cli
