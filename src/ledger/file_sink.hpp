// Collects the diagnostics of one source file and knows its lines, for the caret.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ledger/diagnostic.hpp"

namespace arcollect {

// Line `line` (1-based) of `text`, without its end-of-line; "" when there is none.
std::string_view line_of(std::string_view text, std::uint32_t line);

class FileSink {
 public:
  FileSink(std::string_view text, std::string path, std::uint32_t file_index)
      : text_(text), path_(std::move(path)), file_index_(file_index) {}

  void report(Severity severity, DiagCode code, SourcePos at, std::string message);
  void error(DiagCode code, SourcePos at, std::string message) {
    report(Severity::error, code, at, std::move(message));
  }

  std::uint32_t file_index() const { return file_index_; }
  const std::string& path() const { return path_; }
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }

 private:
  std::string_view text_;
  std::string path_;
  std::uint32_t file_index_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace arcollect
