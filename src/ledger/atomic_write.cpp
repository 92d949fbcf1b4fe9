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
#include <utility>

#include "ledger/error.hpp"

namespace fs = std::filesystem;

namespace arcollect {

namespace {

[[noreturn]] void fail(const fs::path& path, std::string_view doing, int err) {
  throw Error(fmt::format("{}: cannot {}: {}", path.string(), doing, std::strerror(err)));
}

void write_all(int fd, std::string_view content, const fs::path& path) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(path, "write", errno);
    content.remove_prefix(static_cast<std::size_t>(n));
  }
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

class Folder {
 public:
  explicit Folder(int fd = -1) : fd_(fd) {}
  ~Folder() {
    if (fd_ >= 0) ::close(fd_);
  }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  Folder& operator=(Folder&& other) noexcept {
    std::swap(fd_, other.fd_);
    return *this;
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Opens `name` in `parent` as a folder without following a link, making it when missing.
int open_subfolder(int parent, const std::string& name, const std::string& shown) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    int fd = ::openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) return fd;
    int err = errno;
    if (err == ELOOP || err == ENOTDIR) {
      struct stat info {};
      bool link =
          ::fstatat(parent, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(info.st_mode);
      throw Error(fmt::format(
          "{}: {}; arcollect writes only inside the ledger folder and follows no link there: "
          "make it a real folder; nothing was written",
          shown, link ? "is a link" : "is not a folder"));
    }
    if (err != ENOENT) fail(shown, "open the folder", err);
    if (::mkdirat(parent, name.c_str(), 0755) != 0 && errno != EEXIST)
      fail(shown, "create the folder", errno);
  }
  fail(shown, "open the folder", ENOENT);
}

}  // namespace

void write_new_file_beneath(const fs::path& root, const std::string& relative,
                            std::string_view content) {
  Folder dir(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.get() < 0) fail(root, "open the ledger folder", errno);
  std::string shown;
  std::size_t start = 0;
  for (std::size_t slash; (slash = relative.find('/', start)) != std::string::npos;
       start = slash + 1) {
    const std::string part = relative.substr(start, slash - start);
    if (part.empty() || part == "." || part == "..")
      throw Error(fmt::format("{}: not a path inside the ledger", relative));
    shown += (shown.empty() ? "" : "/") + part;
    dir = Folder(open_subfolder(dir.get(), part, shown));
  }
  const std::string name = relative.substr(start);
  const fs::path path = root / relative;
  // A temporary name of our own in the same folder, then link(2), which never replaces.
  std::string temp;
  int fd = -1;
  for (int n = 0; n < 100 && fd < 0; ++n) {
    temp = fmt::format(".{}.{}.{}", name, ::getpid(), n);
    fd = ::openat(dir.get(), temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                  0644);
    if (fd < 0 && errno != EEXIST) fail(path, "create a temporary file", errno);
  }
  if (fd < 0) fail(path, "create a temporary file", EEXIST);
  try {
    write_all(fd, content, path);
    if (::fsync(fd) != 0) fail(path, "write", errno);
    int closed = ::close(fd);
    fd = -1;
    if (closed != 0) fail(path, "write", errno);
    if (::linkat(dir.get(), temp.c_str(), dir.get(), name.c_str(), 0) != 0) {
      int err = errno;
      if (err == EEXIST)
        throw Error(fmt::format("{}: already exists; nothing was written", path.string()));
      fail(path, "create", err);
    }
    ::unlinkat(dir.get(), temp.c_str(), 0);
    ::fsync(dir.get());
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlinkat(dir.get(), temp.c_str(), 0);
    throw;
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
