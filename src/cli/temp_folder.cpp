#include "cli/temp_folder.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "ledger/error.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

TempFolder::TempFolder(std::string_view name, std::string_view purpose) {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = fmt::format("{}/arcollect-{}-XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
  if (!::mkdtemp(pattern.data()))
    throw Error(fmt::format("cannot make a folder {} under {}: {}", purpose,
                            fs::path(pattern).parent_path().string(), std::strerror(errno)));
  // Absolute: a file: URL must not read a relative TMPDIR as a host name.
  path_ = fs::absolute(pattern);
}

TempFolder::~TempFolder() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace arcollect::cli
