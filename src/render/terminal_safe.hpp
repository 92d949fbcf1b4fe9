// Text from a ledger, made safe to print: it cannot take over a terminal. C0 and C1 control
// characters, DEL, bidirectional overrides and bytes that are not UTF-8 are shown escaped
// (\x1b, \u009b, \u202e), so an ESC sequence in a name or a note is seen, never obeyed.
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

// Colour in text output is marked, not written as escape sequences: U+FFFF, then the SGR
// parameter and 'm' ("\uFFFF" "1m" for bold). A ledger cannot hold U+FFFF (the reader
// replaces Unicode noncharacters), so only render/ makes marks; terminal_text turns them into
// escape sequences as the last step before output.
inline constexpr std::string_view kColorMark = "\xEF\xBF\xBF";

// Text as printed: every control character escaped but newline, tab, form feed and the CR of a
// CRLF (CSV rows end so); colour marks written as the SGR sequences they stand for.
std::string terminal_text(std::string_view text);

}  // namespace arcollect
