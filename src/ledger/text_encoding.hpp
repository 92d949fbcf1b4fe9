// Bytes from other people's files into UTF-8: bank statements come in Latin-1 and Windows-1252
// as often as in UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace arcollect {

// Is `bytes` well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF)?
bool is_valid_utf8(std::string_view bytes);

// The offset of the first byte that is not well-formed UTF-8, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

// Latin-1 (ISO 8859-1) as Windows-1252 reads it, into UTF-8: 0x80-0x9F are the Windows
// characters (0x80 is the euro sign), and the five bytes Windows leaves undefined become U+FFFD.
// A line break stays one byte, so line numbers do not move.
std::string cp1252_to_utf8(std::string_view bytes);

// `bytes` without a leading UTF-8 byte-order mark.
std::string_view strip_utf8_bom(std::string_view bytes);

// Unicode's noncharacters U+FFFE and U+FFFF are not for interchange; output uses U+FFFF to mark
// colour (render/terminal_safe), so text read from a ledger or a statement may not carry them:
// each becomes U+FFFD.
void replace_noncharacters(std::string& text);

}  // namespace arcollect
