#include "ledger/file_sink.hpp"

namespace arcollect {

std::string_view line_of(std::string_view text, std::uint32_t line) {
  if (line == 0) return {};
  std::size_t start = 0;
  for (std::uint32_t n = 1; n < line; ++n) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  std::size_t end = text.find('\n', start);
  std::string_view found =
      text.substr(start, end == std::string_view::npos ? text.npos : end - start);
  if (!found.empty() && found.back() == '\r') found.remove_suffix(1);
  return found;
}

void FileSink::report(Severity severity, DiagCode code, SourcePos at, std::string message) {
  Diagnostic d = diagnostic_at(severity, code, path_, at, std::move(message));
  d.source_line = std::string(line_of(text_, at.line));
  diagnostics_.push_back(std::move(d));
}

}  // namespace arcollect
