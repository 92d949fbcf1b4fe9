// The user's own configuration, $XDG_CONFIG_HOME/arcollect/config.toml: the settings a ledger
// may not make because they name a program to run, and personal ones that do not belong in a
// shared ledger. A ledger is data from other people; this file is the user's. Which of a
// setting's sources wins is decided in cli/settings.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/diagnostic.hpp"

namespace arcollect {

struct UserConfig {
  std::optional<std::string> sendmail_command;  // [mail] sendmail_command
  std::optional<std::string> pdf_command;       // [letters] pdf_command
  // [business]: who you are, where a ledger's arcollect.toml leaves it out.
  std::optional<std::string> name, email, signer, signer_title;
  std::optional<std::string> color;                         // [output] color: auto, always or never
  std::optional<std::string> pager;                         // [output] pager
  std::optional<std::string> ledger_dir;                    // [ledger] dir: when no other names one
  std::map<std::string, std::uint32_t, std::less<>> lines;  // of each key, as "output.color"
};

// One setting's effective value and where it came from (cli/settings decides which wins).
struct Setting {
  std::string key;         // as config.toml spells it: "output.color"
  std::string value;       // "" when it has none
  std::string origin;      // "--color", "ARCOLLECT_COLOR", "arcollect.toml", config.toml's path,
                           // or how the default was found ("default", "PAGER", "PATH"); "" for none
  std::uint32_t line = 0;  // where origin is a file: the line that set it
};

// Reads the file's text, shown as `path`; problems go to `diagnostics`.
UserConfig read_user_config(std::string_view text, const std::string& path,
                            std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
