// Finding the ledger: the first folder holding arcollect.toml, walking up like git does.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ledger/diagnostic.hpp"

namespace arcollect {

inline constexpr const char* kSettingsFile = "arcollect.toml";
// The bank-import rules (import/NAME.toml) are settings, not records: the loader skips them.
inline constexpr const char* kImportRulesFolder = "import";

bool is_ledger_root(const std::filesystem::path& dir);

// `start` or its nearest parent holding arcollect.toml.
std::optional<std::filesystem::path> find_ledger_root(const std::filesystem::path& start);

// Something below the root that cannot be read as it should: a folder that cannot be listed
// (unreadable_file), a link that leads out of the ledger (outside_ledger).
struct FileProblem {
  std::string path;  // relative to the root, with '/'
  DiagCode code = DiagCode::unreadable_file;
  std::string message;
};

struct RecordFiles {
  std::vector<std::string> files;  // sorted relative paths with '/'
  std::vector<FileProblem> problems;
};

// Every *.toml below `root` except its arcollect.toml and import/. Hidden files and folders, and
// folders holding a ledger of their own, are skipped. Links to files inside the ledger are listed
// (a dangling one is then reported as unreadable); links to folders inside it are not followed
// (what they hold is read where it lives); a link that leads outside the ledger is a problem.
RecordFiles list_record_files(const std::filesystem::path& root);

// Does `path` (links resolved) lie inside `root` (already resolved)? `path` must exist.
bool resolves_inside(const std::filesystem::path& root, const std::filesystem::path& path);

}  // namespace arcollect
