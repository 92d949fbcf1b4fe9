#include "ledger/atomic_write.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "ledger/error.hpp"

namespace fs = std::filesystem;

namespace arcollect {

namespace {

[[noreturn]] void fail(const fs::path& path, std::string_view doing, int err) {
  throw Error(fmt::format("{}: cannot {}: {}", path.string(), doing, std::strerror(err)));
}

void sync_folder(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Writes `content` to `path` through a temporary file in the same folder: fsync, then link
// (never replacing) or rename (replacing).
void write_through_temp(const fs::path& path, std::string_view content, bool replace) {
  fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) fail(dir, "create the folder", ec.value());

  std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
  int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) fail(dir, "create a temporary file", errno);
  try {
    write_all(fd, content, path);
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) fail(path, "write", errno);
    if (::close(fd) != 0) {
      fd = -1;
      fail(path, "write", errno);
    }
    fd = -1;
    if (replace) {
      if (::rename(temp.c_str(), path.c_str()) != 0) fail(path, "create", errno);
    } else {
      // link(2) never replaces an existing file, unlike rename(2).
      if (::link(temp.c_str(), path.c_str()) != 0) {
        int err = errno;
        if (err == EEXIST)
          throw Error(fmt::format("{}: already exists; nothing was written", path.string()));
        fail(path, "create", err);
      }
      ::unlink(temp.c_str());
    }
    sync_folder(dir);
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
}

}  // namespace

void write_all(int fd, std::string_view content, const fs::path& path) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(path, "write", errno);
    content.remove_prefix(static_cast<std::size_t>(n));
  }
}

void write_new_file(const fs::path& path, std::string_view content) {
  write_through_temp(path, content, false);
}

void replace_file(const fs::path& path, std::string_view content) {
  write_through_temp(path, content, true);
}

LedgerLock::LedgerLock(const fs::path& root) {
  fd_ = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) fail(root, "open the ledger folder", errno);
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int err = errno;
    ::close(fd_);
    fail(root, "lock the ledger", err);
  }
}

LedgerLock::~LedgerLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace arcollect
