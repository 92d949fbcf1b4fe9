// The settings a person makes outside the ledger's own tables, and which of their sources wins:
// a flag, then an ARCOLLECT_* variable, then the ledger's arcollect.toml, then the user's
// config.toml, then the default. That order is decided here once (resolve); every setting
// below, and `arcollect config`, which lists them with where each came from, goes through it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/context.hpp"
#include "ledger/settings.hpp"
#include "ledger/user_config.hpp"

namespace arcollect::cli {

// One setting's sources, each empty when it says nothing.
struct SettingSources {
  std::string_view key{};
  std::string_view flag{};  // its option, e.g. "--color"; "" when it has none
  std::optional<std::string> flag_value{};
  std::string_view env{};  // its ARCOLLECT_* variable; "" when it has none
  std::optional<std::string> ledger_value{};
  std::uint32_t ledger_line = 0;  // where arcollect.toml sets it
  std::optional<std::string> user_value{};
  std::string fallback{};                   // the default
  std::string fallback_origin = "default";  // where the default came from
};

// The first source, in the order above, that has a value; with its line when it is a file.
Setting resolve(const SettingSources& sources);

// Where a setting was made, as a message names it: "--sendmail", or for config.toml its path
// and the key: "/home/ana/.config/arcollect/config.toml: [mail] sendmail_command".
std::string setting_source(const Setting& setting);

// The user's config.toml (user_config_path()), read once; an empty one when there is none.
// Its problems are printed, and errors throw: a broken configuration stops every command.
const UserConfig& user_config();

// --color, ARCOLLECT_COLOR, [output] color, else auto.
Setting color_setting(const Globals& globals);
// ARCOLLECT_PAGER, [output] pager, else $PAGER, else less (--no-pager is the Pager's).
Setting pager_setting();
// --sendmail, ARCOLLECT_SENDMAIL, [mail] sendmail_command, else sendmail -t -i.
Setting sendmail_setting(const std::string& option);
// [letters] pdf_command, else the first Chromium found on PATH ("" when none is).
Setting pdf_setting();
// -C, ARCOLLECT_DIR, the nearest folder upwards holding arcollect.toml, [ledger] dir; "" when
// none names one. Whether it is a ledger is locate_ledger's to say.
Setting ledger_setting(const Globals& globals);
// [business] name, email, signer and signer_title: the ledger's, else the user's.
std::vector<Setting> business_settings(const Business& ledger);

// The business as letters and emails give it: `ledger` with what it leaves out filled in from
// the user's config.toml (business_settings).
void fill_business(Business& ledger);

// Every setting above, for `arcollect config`, and with `ledger` (when one was found and loads)
// every setting its arcollect.toml makes (settings_values), each from the file or its default.
std::vector<Setting> all_settings(const Globals& globals, const Settings* ledger);

}  // namespace arcollect::cli
