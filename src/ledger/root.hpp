// Finding the ledger: the first folder holding arcollect.toml, walking up like git does.
#pragma once

#include <filesystem>
#include <optional>

namespace arcollect {

inline constexpr const char* kSettingsFile = "arcollect.toml";

bool is_ledger_root(const std::filesystem::path& dir);

// `start` or its nearest parent holding arcollect.toml.
std::optional<std::filesystem::path> find_ledger_root(const std::filesystem::path& start);

}  // namespace arcollect
