// A private folder under $TMPDIR (else /tmp) for a program arcollect runs: the browser's page
// and profile, git's messages. Removed with everything in it when the object goes, also when a
// signal stops the program (run_program throws, and this unwinds).
#pragma once

#include <filesystem>
#include <string_view>

namespace arcollect::cli {

class TempFolder {
 public:
  // "arcollect-NAME-XXXXXX"; an Error "cannot make a folder PURPOSE under DIR: REASON" when
  // it cannot be made.
  TempFolder(std::string_view name, std::string_view purpose);
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace arcollect::cli
