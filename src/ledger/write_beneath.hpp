// Writing a file of the ledger through folder handles opened with O_NOFOLLOW from the root, so
// that no link on the way (wherever it leads) can carry a write outside the ledger. Each change
// is whole: a temporary file in the same folder, fsync, then link(2) (new) or rename(2)
// (replace), then fsync of the folder.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace arcollect {

// Creates `root`/`relative` (a path with '/'), making its folders; throws Error if it exists,
// if a folder on the way is a link or not a folder, or if it cannot be written. A failure
// leaves no partial file.
void write_new_file_beneath(const std::filesystem::path& root, const std::string& relative,
                            std::string_view content);

// Replaces the file `root`/`relative` with `content`: a reader sees the old or the new one.
void replace_file_beneath(const std::filesystem::path& root, const std::string& relative,
                          std::string_view content);

// Removes the file `root`/`relative`; throws Error when it cannot.
void remove_file_beneath(const std::filesystem::path& root, const std::string& relative);

}  // namespace arcollect
