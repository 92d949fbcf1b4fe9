// Reading a file of the ledger as data and nothing more: only a regular file (a FIFO, device
// or socket is refused before any read could block), at most kMaxFileBytes.
#pragma once

#include <filesystem>
#include <string>

namespace arcollect {

enum class ReadStatus { ok, unreadable, not_regular, too_large, outside };

// The whole content of the file at `path` (links followed), or why not in `error`.
ReadStatus read_regular_file(const std::filesystem::path& path, std::string& text,
                             std::string& error);

}  // namespace arcollect
