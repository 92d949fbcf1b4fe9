// RFC 5322 messages, ready for `sendmail -t`: headers checked against injection, non-ASCII
// words as RFC 2047 encoded-words, long headers folded, a UTF-8 plain-text body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ledger/date.hpp"

namespace arcollect {

struct Mailbox {
  std::string name;  // may be empty
  std::string address;
};

struct EmailMessage {
  Mailbox from;
  std::vector<Mailbox> to, cc;
  std::string subject;
  std::string date;                     // an RFC 5322 date-time, see email_date()
  std::string message_id;               // "<...@...>"
  std::vector<std::string> references;  // the thread, oldest first; the last is In-Reply-To
  std::string body;                     // UTF-8 lines ending in \n
};

// The whole message, lines ending in \n (sendmail's local convention). Throws Error naming
// the header when a value holds a line break or another control character, when an address
// is not like name@example.com, or when a Message-ID is not like <id@host>.
std::string render_eml(const EmailMessage& message);

// The host part of a Message-ID sent from `from`: its domain, else "arcollect.invalid".
std::string message_id_domain(const std::string& from);

// "Sun, 22 Nov 2026 09:30:00 +0000" for `seconds` after midnight UTC on `day`.
std::string email_date(Date day, int seconds = 0);

}  // namespace arcollect
