#include "ledger/root.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>

namespace fs = std::filesystem;

namespace arcollect {

bool is_ledger_root(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / kSettingsFile, ec);
}

std::optional<fs::path> find_ledger_root(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  dir = dir.lexically_normal();
  for (;;) {
    if (is_ledger_root(dir)) return dir;
    fs::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) return std::nullopt;
    dir = parent;
  }
}

namespace {

// readdir(3) rather than std::filesystem: a ledger may hold a million files, and this is
// several times faster than recursive_directory_iterator with path arithmetic.
void walk(const std::string& dir, const std::string& prefix, std::vector<std::string>& out) {
  DIR* handle = ::opendir(dir.c_str());
  if (!handle) return;
  std::vector<std::string> folders;
  while (const dirent* entry = ::readdir(handle)) {
    std::string_view name = entry->d_name;
    if (name.starts_with(".")) continue;
    bool is_dir = entry->d_type == DT_DIR;
    if (entry->d_type == DT_UNKNOWN) {
      struct stat info {};
      is_dir =
          ::lstat((dir + "/" + std::string(name)).c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    }
    if (is_dir)
      folders.emplace_back(name);
    else if (name.ends_with(".toml") && !(prefix.empty() && name == kSettingsFile))
      out.push_back(prefix + std::string(name));
  }
  ::closedir(handle);
  for (const auto& folder : folders) {
    std::string path = dir + "/" + folder;
    if (is_ledger_root(path)) continue;
    walk(path, prefix + folder + "/", out);
  }
}

}  // namespace

std::vector<std::string> list_record_files(const fs::path& root) {
  std::vector<std::string> files;
  walk(root.string(), "", files);
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace arcollect
