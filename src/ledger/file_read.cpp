#include "ledger/file_read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "ledger/limits.hpp"

namespace arcollect {

namespace {

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "it is a folder, not a regular file";
  if (S_ISFIFO(mode)) return "it is a FIFO, not a regular file";
  if (S_ISSOCK(mode)) return "it is a socket, not a regular file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "it is a device, not a regular file";
  return "it is not a regular file";
}

}  // namespace

ReadStatus read_regular_file(const std::filesystem::path& path, std::string& text,
                             std::string& error) {
  text.clear();
  // What stat(2) says first: a socket or a device cannot even be opened to ask fstat.
  struct stat named {};
  if (::stat(path.c_str(), &named) == 0 && !S_ISREG(named.st_mode)) {
    error = kind_of(named.st_mode);
    return ReadStatus::not_regular;
  }
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; fstat then refuses it.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0) {
    error = std::strerror(errno);
    return ReadStatus::unreadable;
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) {
    error = std::strerror(errno);
    return ReadStatus::unreadable;
  }
  if (!S_ISREG(info.st_mode)) {
    error = kind_of(info.st_mode);
    return ReadStatus::not_regular;
  }
  const std::string too_large =
      fmt::format("larger than the limit of {} MiB for one file", kMaxFileBytes >> 20);
  if (static_cast<std::uint64_t>(info.st_size) > kMaxFileBytes) {
    error = too_large;
    return ReadStatus::too_large;
  }
  text.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      return ReadStatus::unreadable;
    }
    if (n == 0) break;
    // A file that grows while read is held to the same limit.
    if (text.size() + static_cast<std::size_t>(n) > kMaxFileBytes) {
      text.clear();
      error = too_large;
      return ReadStatus::too_large;
    }
    text.append(buffer, static_cast<std::size_t>(n));
  }
  return ReadStatus::ok;
}

}  // namespace arcollect
