#include "ledger/mail_syntax.hpp"

#include <algorithm>
#include <cctype>

namespace arcollect {

bool is_atext(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

namespace {

bool dot_atom(std::string_view text) {
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' ? text[i + 1] == '.' : !is_atext(text[i])) return false;
  }
  return true;
}

}  // namespace

bool valid_address(std::string_view text) {
  std::size_t at = text.rfind('@');
  return at != std::string_view::npos && text.size() <= 254 && dot_atom(text.substr(0, at)) &&
         dot_atom(text.substr(at + 1)) &&
         std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at) + 1, text.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
         });
}

bool valid_message_id(std::string_view text) {
  if (text.size() < 5 || text.front() != '<' || text.back() != '>') return false;
  std::string_view inside = text.substr(1, text.size() - 2);
  std::size_t at = inside.rfind('@');
  return at != std::string_view::npos && dot_atom(inside.substr(0, at)) &&
         dot_atom(inside.substr(at + 1));
}

}  // namespace arcollect
