// Git's conflict markers: what `git merge` leaves in a file both sides changed. A file holding
// them is named as an unresolved merge, not passed to the TOML parser, whose message about a
// stray '<' would not say what happened or what to do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace arcollect {

struct MergeConflict {
  std::uint32_t line = 0;  // the first marker's line, 1-based
  std::string message;     // what happened and what to do, for a diagnostic at that line
};

// The first unresolved conflict in `text`: lines that start with <<<<<<<, ======= and >>>>>>> as
// git writes them (seven characters, then a space or the end of the line), at least two of the
// three in that order.
std::optional<MergeConflict> find_merge_conflict(std::string_view text);

}  // namespace arcollect
