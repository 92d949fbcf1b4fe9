// The user's own configuration, $XDG_CONFIG_HOME/arcollect/config.toml: the settings a ledger
// may not make because they name a program to run. A ledger is data from other people; this
// file is the user's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/diagnostic.hpp"

namespace arcollect {

struct UserConfig {
  std::optional<std::string> sendmail_command;  // [mail] sendmail_command
  std::optional<std::string> pdf_command;       // [letters] pdf_command
};

// Reads the file's text, shown as `path`; problems go to `diagnostics`.
UserConfig read_user_config(std::string_view text, const std::string& path,
                            std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
