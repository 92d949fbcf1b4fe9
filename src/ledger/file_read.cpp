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
  // What stat(2) says first: a device or a FIFO is refused without being opened (opening one
  // has effects: a tape rewinds, a blocked writer is let go), and a socket cannot be opened.
  struct stat named {};
  if (::stat(path.c_str(), &named) == 0 && !S_ISREG(named.st_mode)) {
    error = kind_of(named.st_mode);
    return ReadStatus::not_regular;
  }
  // O_NONBLOCK: what became a FIFO since must not wait for a writer; fstat then refuses it.
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
  auto too_large = [&] {
    text.clear();
    error = fmt::format("larger than the limit of {} MiB for one file", kMaxFileBytes >> 20);
    return ReadStatus::too_large;
  };
  if (static_cast<std::uint64_t>(info.st_size) > kMaxFileBytes) return too_large();
  // Read straight into the text, sized by fstat; a file that grows meanwhile is read on, in
  // steps, and held to the same limit.
  std::size_t got = 0;
  text.resize(static_cast<std::size_t>(info.st_size) + 1);
  for (;;) {
    if (got == text.size()) {
      if (got > kMaxFileBytes) return too_large();
      text.resize(got + 65536);
    }
    const ssize_t n = ::read(fd.get(), text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      text.clear();
      error = std::strerror(errno);
      return ReadStatus::unreadable;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  if (got > kMaxFileBytes) return too_large();
  text.resize(got);
  return ReadStatus::ok;
}

}  // namespace arcollect
