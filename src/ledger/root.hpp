// Finding the ledger: the first folder holding arcollect.toml, walking up like git does.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace arcollect {

inline constexpr const char* kSettingsFile = "arcollect.toml";

bool is_ledger_root(const std::filesystem::path& dir);

// `start` or its nearest parent holding arcollect.toml.
std::optional<std::filesystem::path> find_ledger_root(const std::filesystem::path& start);

// Every *.toml below `root` except its arcollect.toml, as sorted relative paths with '/'.
// Hidden files and folders, and folders holding a ledger of their own, are skipped; links to
// files are listed (a dangling one is then reported as unreadable), links to folders are not
// followed.
std::vector<std::string> list_record_files(const std::filesystem::path& root);

}  // namespace arcollect
