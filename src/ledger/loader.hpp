// Files -> Book + diagnostics. Each file is read and parsed on its own (in parallel), then the
// records are merged in path order and cross-checked, so the work stays linear in the ledger.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ledger/book.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/file_read.hpp"

namespace arcollect {

struct LoadResult {
  Book book;
  std::vector<Diagnostic> diagnostics;
};

// Reads file `index` into `text`, or says why it cannot in `error`.
using ReadSource =
    std::function<ReadStatus(std::size_t index, std::string& text, std::string& error)>;

// The whole content of a regular file, or why it cannot be had (a folder, a FIFO, no
// permission, past the size limit, ...).
bool read_whole_file(const std::filesystem::path& path, std::string& text, std::string& error);

// Loads files shown as `paths`; paths[0] is arcollect.toml, the rest hold records.
LoadResult load_sources(const std::vector<std::string>& paths, const ReadSource& read,
                        unsigned threads = 1);

// Loads the ledger at `root`, showing paths as `display_root`/relative ("" shows them
// relative to the root). `threads` 0 means one per core.
LoadResult load_ledger(const std::filesystem::path& root, const std::string& display_root,
                       unsigned threads = 0);

}  // namespace arcollect
