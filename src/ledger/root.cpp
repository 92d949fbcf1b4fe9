#include "ledger/root.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

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

bool resolves_inside(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) return false;
  auto [r, p] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  return r == root.end();
}

namespace {

class Walker {
 public:
  explicit Walker(const fs::path& root) {
    std::error_code ec;
    real_root_ = fs::canonical(root, ec);
    if (ec) real_root_ = root;
  }

  // readdir(3) rather than std::filesystem: a ledger may hold a million files, and this is
  // several times faster than recursive_directory_iterator with path arithmetic.
  void walk(const std::string& dir, const std::string& prefix) {
    DIR* handle = ::opendir(dir.c_str());
    if (!handle) {
      // A folder that cannot be read would leave its records out of every total unseen.
      out_.problems.push_back({prefix.empty() ? "." : prefix.substr(0, prefix.size() - 1),
                               DiagCode::unreadable_file,
                               std::string("cannot read this folder: ") + std::strerror(errno)});
      return;
    }
    std::vector<std::string> folders;
    while (const dirent* entry = ::readdir(handle)) {
      std::string_view name = entry->d_name;
      if (name.starts_with(".")) continue;
      const std::string path = dir + "/" + std::string(name);
      unsigned char type = entry->d_type;
      if (type == DT_UNKNOWN) {
        struct stat info {};
        if (::lstat(path.c_str(), &info) == 0)
          type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISLNK(info.st_mode) ? DT_LNK : DT_REG;
      }
      const bool toml = name.ends_with(".toml") && !(prefix.empty() && name == kSettingsFile);
      if (type == DT_LNK) {
        struct stat target {};
        if (::stat(path.c_str(), &target) != 0) {
          if (toml) out_.files.push_back(prefix + std::string(name));  // dangling: unreadable
          continue;
        }
        if (!S_ISDIR(target.st_mode) && !toml) continue;
        if (!resolves_inside(real_root_, path)) {
          out_.problems.push_back({prefix + std::string(name), DiagCode::outside_ledger,
                                   "this link leads outside the ledger folder, so it is not "
                                   "read; copy what it points to into the ledger instead"});
          continue;
        }
        if (toml && !S_ISDIR(target.st_mode)) out_.files.push_back(prefix + std::string(name));
      } else if (type == DT_DIR) {
        if (!(prefix.empty() && name == kImportRulesFolder)) folders.emplace_back(name);
      } else if (toml) {
        out_.files.push_back(prefix + std::string(name));
      }
    }
    ::closedir(handle);
    for (const auto& folder : folders) {
      std::string path = dir + "/" + folder;
      if (is_ledger_root(path)) continue;
      walk(path, prefix + folder + "/");
    }
  }

  RecordFiles take() {
    std::sort(out_.files.begin(), out_.files.end());
    return std::move(out_);
  }

 private:
  fs::path real_root_;
  RecordFiles out_;
};

}  // namespace

RecordFiles list_record_files(const fs::path& root) {
  Walker walker(root);
  walker.walk(root.string(), "");
  return walker.take();
}

}  // namespace arcollect
