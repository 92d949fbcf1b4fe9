// Writing into the ledger: whole new files only (temp file in the same folder, fsync, rename
// that never replaces), under an advisory lock on the ledger root.
#pragma once

#include <filesystem>
#include <string_view>

namespace arcollect {

// Creates `path` holding exactly `content`, making its folders as needed. Throws Error if
// the file already exists or cannot be written; a failure leaves no partial file behind.
void write_new_file(const std::filesystem::path& path, std::string_view content);

// Creates or replaces `path` with exactly `content`: readers see the old file or the new one,
// never a part of either. Throws Error when it cannot be written.
void replace_file(const std::filesystem::path& path, std::string_view content);

// All of `content` to the descriptor, through short writes and EINTR; an Error naming `path`
// when it cannot (a full disk, a file past ulimit -f).
void write_all(int fd, std::string_view content, const std::filesystem::path& path);

// flock(2) on the ledger's root folder, held for the object's lifetime.
class LedgerLock {
 public:
  explicit LedgerLock(const std::filesystem::path& root);
  ~LedgerLock();
  LedgerLock(const LedgerLock&) = delete;
  LedgerLock& operator=(const LedgerLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace arcollect
