// Every setting arcollect.toml makes, listed with its effective value as the file spells it, and
// the line that set it: what `arcollect config` shows (with cli/settings deciding, for the keys
// a user may also set, which source wins).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ledger/settings.hpp"

namespace arcollect {

struct SettingValue {
  std::string key;         // as the file names it: "defaults.terms_days", "ladder.reminder"
  std::string value;       // TOML's words without quotes, lists joined by ", "; "" for none
  std::uint32_t line = 0;  // in arcollect.toml; 0 when the file leaves it to its default
};

// In the order arcollect.toml's sections come in the design: business, defaults, aging, ladder,
// ladder sets, due, interest, invoices, export, letters.
std::vector<SettingValue> settings_values(const Settings& settings);

}  // namespace arcollect
