#include "ledger/write_beneath.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/fault.hpp"

namespace fs = std::filesystem;

namespace arcollect {

namespace {

[[noreturn]] void fail(const std::string& path, std::string_view doing, int err) {
  throw Error(fmt::format("{}: cannot {}: {}", path, doing, std::strerror(err)));
}

class Folder {
 public:
  explicit Folder(int fd = -1) : fd_(fd) {}
  ~Folder() {
    if (fd_ >= 0) ::close(fd_);
  }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  Folder(Folder&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Folder& operator=(Folder&& other) noexcept {
    std::swap(fd_, other.fd_);
    return *this;
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Opens `name` in `parent` as a folder without following a link, making it when `create`.
int open_subfolder(int parent, const std::string& name, const std::string& shown, bool create) {
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
    if (err != ENOENT || !create) fail(shown, "open the folder", err);
    if (::mkdirat(parent, name.c_str(), 0755) != 0 && errno != EEXIST)
      fail(shown, "create the folder", errno);
  }
  fail(shown, "open the folder", ENOENT);
}

// The folder that holds `relative`, opened from the root, and the file's own name.
std::pair<Folder, std::string> parent_beneath(const fs::path& root, const std::string& relative,
                                              bool create) {
  Folder dir(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.get() < 0) fail(root.string(), "open the ledger folder", errno);
  std::string shown;
  std::size_t start = 0;
  for (std::size_t slash; (slash = relative.find('/', start)) != std::string::npos;
       start = slash + 1) {
    const std::string part = relative.substr(start, slash - start);
    if (part.empty() || part == "." || part == "..")
      throw Error(fmt::format("{}: not a path inside the ledger", relative));
    shown += (shown.empty() ? "" : "/") + part;
    dir = Folder(open_subfolder(dir.get(), part, shown, create));
  }
  std::string name = relative.substr(start);
  if (name.empty() || name == "." || name == "..")
    throw Error(fmt::format("{}: not a file inside the ledger", relative));
  return {std::move(dir), std::move(name)};
}

void write_beneath(const fs::path& root, const std::string& relative, std::string_view content,
                   bool replace) {
  auto [dir, name] = parent_beneath(root, relative, !replace);
  const std::string path = (root / relative).string();
  // A temporary name of our own in the same folder (hidden, so never read as records).
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
    fault_point();
    write_all(fd, content, path);
    fault_point();
    if (::fsync(fd) != 0) fail(path, "write", errno);
    int closed = ::close(fd);
    fd = -1;
    if (closed != 0) fail(path, "write", errno);
    fault_point();
    if (replace) {
      if (::renameat(dir.get(), temp.c_str(), dir.get(), name.c_str()) != 0)
        fail(path, "replace", errno);
    } else if (::linkat(dir.get(), temp.c_str(), dir.get(), name.c_str(), 0) != 0) {
      // link(2) never replaces an existing file, unlike rename(2).
      int err = errno;
      if (err == EEXIST) throw Error(fmt::format("{}: already exists; nothing was written", path));
      fail(path, "create", err);
    }
    fault_point();
    if (!replace) ::unlinkat(dir.get(), temp.c_str(), 0);
    ::fsync(dir.get());
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlinkat(dir.get(), temp.c_str(), 0);
    throw;
  }
}

}  // namespace

void write_new_file_beneath(const fs::path& root, const std::string& relative,
                            std::string_view content) {
  write_beneath(root, relative, content, false);
}

void replace_file_beneath(const fs::path& root, const std::string& relative,
                          std::string_view content) {
  write_beneath(root, relative, content, true);
}

void remove_file_beneath(const fs::path& root, const std::string& relative) {
  auto [dir, name] = parent_beneath(root, relative, false);
  if (::unlinkat(dir.get(), name.c_str(), 0) != 0)
    fail((root / relative).string(), "remove", errno);
  ::fsync(dir.get());
}

}  // namespace arcollect
