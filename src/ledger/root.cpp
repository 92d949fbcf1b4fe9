#include "ledger/root.hpp"

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

}  // namespace arcollect
