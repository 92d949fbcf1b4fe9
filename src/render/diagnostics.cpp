#include "render/diagnostics.hpp"

#include <fmt/format.h>

namespace arcollect {

namespace {

// Blanks that line up with the first `columns - 1` code points of `line` (tabs kept).
std::string caret_indent(const std::string& line, std::uint32_t column) {
  std::string out;
  std::uint32_t seen = 0;
  for (std::size_t i = 0; i < line.size() && seen + 1 < column; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    out += c == '\t' ? '\t' : ' ';
    ++seen;
  }
  return out;
}

}  // namespace

std::string render_diagnostic(const Diagnostic& d) {
  std::string out = fmt::format("arcollect: {}:{}:{}: {}{}\n", d.path, d.line, d.column,
                                d.severity == Severity::warning ? "warning: " : "", d.message);
  if (d.source_line.empty()) return out;
  std::string number = std::to_string(d.line);
  std::string gutter(number.size(), ' ');
  out += fmt::format("{} |\n{} | {}\n{} | {}{}\n", gutter, number, d.source_line, gutter,
                     caret_indent(d.source_line, d.column), std::string(d.width, '^'));
  return out;
}

std::string describe_counts(DiagnosticCounts counts) {
  std::string out = fmt::format("{} error{}", counts.errors, counts.errors == 1 ? "" : "s");
  if (counts.warnings)
    out += fmt::format(", {} warning{}", counts.warnings, counts.warnings == 1 ? "" : "s");
  return out;
}

Json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  JsonArray list;
  for (const auto& d : diagnostics) {
    list.push_back(JsonObject{
        {"severity", d.severity == Severity::error ? "error" : "warning"},
        {"code", std::string(code_name(d.code))},
        {"path", d.path},
        {"line", static_cast<std::int64_t>(d.line)},
        {"column", static_cast<std::int64_t>(d.column)},
        {"message", d.message},
    });
  }
  DiagnosticCounts counts = count_diagnostics(diagnostics);
  return JsonObject{
      {"errors", counts.errors}, {"warnings", counts.warnings}, {"diagnostics", std::move(list)}};
}

}  // namespace arcollect
