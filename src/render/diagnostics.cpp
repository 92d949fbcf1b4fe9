#include "render/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "render/terminal_safe.hpp"

namespace arcollect {

namespace {

constexpr std::size_t kShownColumns = 160;  // of a long line, a window around the caret

struct ShownLine {
  std::string text, caret;
};

// The source line as shown, control characters escaped, cut to a window around the caret when
// long; and the caret line under it (blanks, tabs kept, then ^ under the `width` columns).
ShownLine shown_line(const std::string& line, std::uint32_t column, std::uint32_t width) {
  const std::vector<ShownChar> chars = shown_chars(line, true);
  const std::size_t at = column > 0 ? column - 1 : 0;  // the caret's code point
  std::size_t first = 0, last = chars.size();
  if (chars.size() > kShownColumns) {
    first =
        at > kShownColumns / 2 ? std::min(at - kShownColumns / 2, chars.size() - kShownColumns) : 0;
    last = first + kShownColumns;
  }
  ShownLine out;
  if (first > 0) {
    out.text = "...";
    out.caret = "   ";
  }
  std::size_t marked = 0;
  for (std::size_t k = first; k < last; ++k) {
    const std::string& shown = chars[k].shown;
    out.text += shown;
    const std::size_t columns = shown == "\t" ? 1 : shown.front() == '\\' ? shown.size() : 1;
    if (k < at)
      out.caret += shown == "\t" ? "\t" : std::string(columns, ' ');
    else if (k < at + std::max<std::uint32_t>(width, 1))
      marked += columns;
  }
  if (last < chars.size()) out.text += "...";
  out.caret += std::string(std::max<std::size_t>(marked, 1), '^');
  return out;
}

}  // namespace

std::string render_diagnostic(const Diagnostic& d) {
  // One line each: a value quoted in the message (or a path) cannot start a line of its own.
  std::string out =
      fmt::format("arcollect: {}:{}:{}: {}{}\n", escape_controls(d.path), d.line, d.column,
                  d.severity == Severity::warning ? "warning: " : "", escape_controls(d.message));
  if (d.source_line.empty()) return out;
  std::string number = std::to_string(d.line);
  std::string gutter(number.size(), ' ');
  const ShownLine shown = shown_line(d.source_line, d.column, d.width);
  out += fmt::format("{} |\n{} | {}\n{} | {}\n", gutter, number, shown.text, gutter, shown.caret);
  return out;
}

std::string describe_counts(DiagnosticCounts counts) {
  std::string out = fmt::format("{} error{}", counts.errors, counts.errors == 1 ? "" : "s");
  if (counts.warnings)
    out += fmt::format(", {} warning{}", counts.warnings, counts.warnings == 1 ? "" : "s");
  return out;
}

std::string ledger_warnings_text(std::size_t warnings) {
  return fmt::format("the ledger has {} warning{}: 'arcollect check' lists {}", warnings,
                     warnings == 1 ? "" : "s", warnings == 1 ? "it" : "them");
}

JsonObject diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                            std::string_view display_root) {
  JsonArray list;
  for (const auto& d : diagnostics) {
    list.push_back(JsonObject{
        {"severity", d.severity == Severity::error ? "error" : "warning"},
        {"code", std::string(code_name(d.code))},
        {"path", ledger_path(d.path, display_root)},
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
