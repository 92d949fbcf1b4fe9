// Text from a ledger, made safe to print: it cannot take over a terminal. C0 and C1 control
// characters, DEL and bytes that are not UTF-8 are shown escaped (\x1b, \u009b), so an ESC
// sequence in a name or a note is seen, never obeyed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace arcollect {

// One code point of `text` (or one byte that is not UTF-8), as it is shown.
struct ShownChar {
  std::size_t offset = 0, length = 0;  // where it is in `text`
  std::string shown;                   // itself, or its escape
};

std::vector<ShownChar> shown_chars(std::string_view text, bool keep_tabs);

// `text` with every control character escaped; tabs kept when `keep_tabs`.
std::string escape_controls(std::string_view text, bool keep_tabs = false);

}  // namespace arcollect
