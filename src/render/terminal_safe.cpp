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

// The marks and overrides that reorder how a line is displayed ("Trojan Source"): shown escaped
// so that what is printed is what the file holds, in its order.
bool is_bidi_control(char32_t code) {
  return code == 0x061C || code == 0x200E || code == 0x200F || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2066 && code <= 0x2069);
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
    else if ((code >= 0x80 && code <= 0x9F) || is_bidi_control(code))
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

namespace {

// The SGR parameters colour marks may carry: reset and those render/table's paint() writes.
// Anything else after U+FFFF is shown escaped.
bool known_mark(std::string_view parameter) {
  for (std::string_view known : {"0", "1", "2", "31", "32", "33", "35", "36", "91"})
    if (parameter == known) return true;
  return false;
}

}  // namespace

std::string terminal_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t plain_from = 0;
  auto flush_plain = [&](std::size_t to) { out.append(text.substr(plain_from, to - plain_from)); };
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // the common case: printable ASCII
      ++i;
      continue;
    }
    if (byte == '\n' || byte == '\t' || byte == '\f' ||
        (byte == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      ++i;
      continue;
    }
    if (text.substr(i, kColorMark.size()) == kColorMark) {
      std::size_t end = text.find('m', i + kColorMark.size());
      std::string_view parameter =
          end == std::string_view::npos
              ? std::string_view{}
              : text.substr(i + kColorMark.size(), end - i - kColorMark.size());
      if (known_mark(parameter)) {
        flush_plain(i);
        out += "\x1b[";
        out += parameter;
        out += 'm';
        i = end + 1;
        plain_from = i;
        continue;
      }
    }
    // Anything else that is not plain: decode it and escape what is a control character.
    std::size_t j = i;
    while (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80 &&
           text.substr(j, kColorMark.size()) != kColorMark)
      ++j;
    if (j == i) j = i + 1;  // one control byte, or a mark that is not ours
    flush_plain(i);
    for (const ShownChar& c : shown_chars(text.substr(i, j - i), false)) out += c.shown;
    i = j;
    plain_from = i;
  }
  flush_plain(text.size());
  return out;
}

}  // namespace arcollect
