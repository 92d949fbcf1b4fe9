#include "render/xml.hpp"

#include "render/terminal_safe.hpp"

namespace arcollect {

std::string xml_escape(const std::string& text) {
  // Control characters, bidirectional overrides and bytes that are not UTF-8 are shown escaped
  // (\x1b, \u202e), as on a terminal: a printed page shows what the ledger holds, never text
  // reordered or hidden by it. Newlines stay.
  std::string out;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    if (at) out += '\n';
    for (char c : escape_controls(std::string_view(text).substr(at, end - at), true)) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&apos;";
          break;
        default:
          out += c;
      }
    }
    at = end + 1;
  }
  return out;
}

}  // namespace arcollect
