#include "render/eml.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ledger/error.hpp"
#include "ledger/mail_syntax.hpp"

namespace arcollect {

namespace {

constexpr std::size_t kLineLimit = 78;  // RFC 5322 2.1.1: should be no more than 78

bool ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

// The value with control characters shown as escapes, for an error message.
std::string visible(std::string_view value) {
  std::string out;
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    out += c == '\n'                 ? "\\n"
           : c == '\r'               ? "\\r"
           : (u < 0x20 || u == 0x7f) ? fmt::format("\\x{:02x}", u)
                                     : std::string(1, c);
  }
  return out;
}

void refuse_controls(std::string_view header, std::string_view value) {
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f)
      throw Error(fmt::format(
          "{}: \"{}\" holds {}; a header is one line, so it could inject "
          "headers and is refused",
          header, visible(value), c == '\n' || c == '\r' ? "a line break" : "a control character"));
  }
}

std::string base64(std::string_view bytes) {
  static constexpr char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += kDigits[(n >> 18) & 63];
    out += kDigits[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kDigits[n & 63] : '=';
  }
  return out;
}

// RFC 2047 encoded-words, each at most 75 characters, never splitting a UTF-8 character.
std::vector<std::string> encoded_words(std::string_view text) {
  // 39 bytes: 52 base64 characters + 12 of "=?utf-8?B?" and "?=", so that even the first
  // word fits on a header's first line.
  constexpr std::size_t kBytes = 39;
  std::vector<std::string> words;
  while (!text.empty()) {
    std::size_t n = std::min(kBytes, text.size());
    while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    words.push_back("=?utf-8?B?" + base64(text.substr(0, n)) + "?=");
    text.remove_prefix(n);
  }
  return words;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t space = std::min(text.find(' ', at), text.size());
    if (space > at) words.emplace_back(text.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

// Free text (a subject or a display name) as words: as written when printable ASCII, else
// encoded-words.
std::vector<std::string> text_words(std::string_view text, bool phrase) {
  if (!ascii(text)) return encoded_words(text);
  if (!phrase) return split_words(text);
  bool atoms =
      std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || is_atext(c); });
  if (atoms) return split_words(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return split_words(quoted + "\"");
}

// "Name: word word ..." folded before a word that would pass 78 columns.
std::string header(std::string_view name, const std::vector<std::string>& words) {
  std::string out = std::string(name) + ":";
  std::size_t column = out.size();
  for (const std::string& word : words) {
    if (column + 1 + word.size() > kLineLimit && column > name.size() + 1) {
      out += "\n";
      column = 0;
    }
    out += " " + word;
    column += 1 + word.size();
  }
  return out + "\n";
}

std::vector<std::string> mailbox_words(std::string_view header_name,
                                       const std::vector<Mailbox>& boxes) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const Mailbox& box = boxes[i];
    refuse_controls(header_name, box.name);
    refuse_controls(header_name, box.address);
    if (!valid_address(box.address))
      throw Error(fmt::format("{}: '{}' is not an email address like name@example.com", header_name,
                              box.address));
    std::string address = "<" + box.address + ">" + (i + 1 < boxes.size() ? "," : "");
    if (box.name.empty()) {
      words.push_back(address);
      continue;
    }
    for (auto& w : text_words(box.name, true)) words.push_back(std::move(w));
    words.push_back(address);
  }
  return words;
}

constexpr std::string_view kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string email_date(Date day, int seconds) {
  const CivilDay c = civil_of(day);
  return fmt::format("{}, {} {} {} {:02}:{:02}:{:02} +0000", kDays[weekday_of(day)], c.day,
                     kMonths[c.month - 1], c.year, seconds / 3600, seconds / 60 % 60, seconds % 60);
}

std::string render_eml(const EmailMessage& m) {
  if (m.to.empty()) throw Error("To: the message has no recipient");
  refuse_controls("Message-ID", m.message_id);
  if (!valid_message_id(m.message_id))
    throw Error(fmt::format("Message-ID: '{}' is not like <id@host>", m.message_id));
  for (const std::string& id : m.references) {
    refuse_controls("References", id);
    if (!valid_message_id(id))
      throw Error(
          fmt::format("References: '{}' from the contact log is not a Message-ID like "
                      "<id@host>; correct its message_id",
                      id));
  }
  refuse_controls("Subject", m.subject);
  refuse_controls("Date", m.date);

  std::string out;
  out += header("From", mailbox_words("From", {m.from}));
  out += header("To", mailbox_words("To", m.to));
  if (!m.cc.empty()) out += header("Cc", mailbox_words("Cc", m.cc));
  out += header("Subject", text_words(m.subject, false));
  out += header("Date", split_words(m.date));
  out += header("Message-ID", {m.message_id});
  if (!m.references.empty()) {
    out += header("In-Reply-To", {m.references.back()});
    out += header("References", m.references);
  }
  out += "MIME-Version: 1.0\n";
  out += "Content-Type: text/plain; charset=utf-8\n";
  const bool ascii = std::all_of(m.body.begin(), m.body.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  out += ascii ? "Content-Transfer-Encoding: 7bit\n" : "Content-Transfer-Encoding: 8bit\n";
  out += "\n";
  out += m.body;
  if (!m.body.empty() && m.body.back() != '\n') out += "\n";
  return out;
}

std::string message_id_domain(const std::string& from) {
  std::string domain = from.substr(from.rfind('@') + 1);
  return valid_address("x@" + domain) ? domain : "arcollect.invalid";
}

}  // namespace arcollect
