#include "render/terminal_safe.hpp"

#include <fmt/format.h>

namespace arcollect {

namespace {

// The length of the UTF-8 sequence at `text[i]`, and its code point; 0 when it is not one.
std::size_t utf8_at(std::string_view text, std::size_t i, char32_t& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char lead = byte(0);
  std::size_t length = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 0;
  if (length == 0 || i + length > text.size()) return 0;
  code = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(k) & 0x3F);
  }
  // Overlong forms, surrogates and code points past Unicode are not UTF-8.
  static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kMinimum[length] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return 0;
  return length;
}

}  // namespace

std::vector<ShownChar> shown_chars(std::string_view text, bool keep_tabs) {
  std::vector<ShownChar> out;
  for (std::size_t i = 0; i < text.size();) {
    char32_t code = 0;
    std::size_t length = utf8_at(text, i, code);
    ShownChar c{i, length ? length : 1, {}};
    if (length == 0)
      c.shown = fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
    else if (code == '\t' && keep_tabs)
      c.shown = "\t";
    else if (code < 0x20 || code == 0x7F)
      c.shown = fmt::format("\\x{:02x}", static_cast<unsigned>(code));
    else if (code >= 0x80 && code <= 0x9F)
      c.shown = fmt::format("\\u{:04x}", static_cast<unsigned>(code));
    else
      c.shown = std::string(text.substr(i, length));
    i += c.length;
    out.push_back(std::move(c));
  }
  return out;
}

std::string escape_controls(std::string_view text, bool keep_tabs) {
  // Most text has nothing to escape: give it back as it is.
  bool plain = true;
  for (char ch : text) {
    auto b = static_cast<unsigned char>(ch);
    if (b < 0x20 || b >= 0x7F) {
      plain = false;
      break;
    }
  }
  if (plain) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (const ShownChar& c : shown_chars(text, keep_tabs)) out += c.shown;
  return out;
}

}  // namespace arcollect
