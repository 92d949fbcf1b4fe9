#include "ledger/merge_markers.hpp"

#include <fmt/format.h>

#include <array>

namespace arcollect {

namespace {

// Which marker `line` is, or none: its first character, repeated seven times, then the end of
// the line or a space (<<<<<<< and >>>>>>> name the side; ======= stands alone).
std::optional<char> marker_of(std::string_view line) {
  if (line.size() < 7) return std::nullopt;
  const char c = line[0];
  if (c != '<' && c != '|' && c != '=' && c != '>') return std::nullopt;
  if (line.substr(0, 7).find_first_not_of(c) != std::string_view::npos) return std::nullopt;
  std::string_view rest = line.substr(7);
  if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
  if (rest.empty()) return c;
  return rest[0] == ' ' && c != '=' ? std::optional<char>(c) : std::nullopt;
}

}  // namespace

std::optional<MergeConflict> find_merge_conflict(std::string_view text) {
  // The line of each marker of the first conflict: <<<<<<<, =======, >>>>>>>.
  std::array<std::uint32_t, 3> at{};
  std::uint32_t number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    const auto marker = marker_of(text.substr(start, end - start));
    start = end + 1;
    if (!marker) continue;
    const int slot = *marker == '<' ? 0 : *marker == '>' ? 2 : *marker == '=' ? 1 : -1;
    if (slot >= 0 && at[static_cast<std::size_t>(slot)] == 0)
      at[static_cast<std::size_t>(slot)] = number;
    if (slot == 2) break;  // the first conflict ends here
  }
  // Two of the three, in their order, make a conflict, even one half tidied up. One alone is
  // TOML's business: a syntax error there, or a line of a multi-line string (a quoted reply).
  const int found = (at[0] != 0) + (at[1] != 0) + (at[2] != 0);
  const bool in_order = (at[0] == 0 || at[1] == 0 || at[0] < at[1]) &&
                        (at[1] == 0 || at[2] == 0 || at[1] < at[2]) &&
                        (at[0] == 0 || at[2] == 0 || at[0] < at[2]);
  if (found < 2 || !in_order) return std::nullopt;
  std::string lines;
  for (std::size_t i = 0; i < at.size(); ++i) {
    if (at[i] == 0) continue;
    if (!lines.empty()) lines += ", ";
    lines += fmt::format("{} at line {}", std::array{"<<<<<<<", "=======", ">>>>>>>"}[i], at[i]);
  }
  const std::uint32_t first = at[0] ? at[0] : at[1] ? at[1] : at[2];
  return MergeConflict{
      first, fmt::format("unresolved merge conflict: git left both versions of this file in it "
                         "({}); keep the lines that are right, delete the marker lines, then "
                         "`git add` the file and commit the merge",
                         lines)};
}

}  // namespace arcollect
