// RFC 5322 messages: headers, encoded-words, folding, and refusing header injection.
#include <doctest/doctest.h>

#include "ledger/error.hpp"
#include "ledger/mail_syntax.hpp"
#include "render/eml.hpp"

using namespace arcollect;

namespace {

EmailMessage message() {
  EmailMessage m;
  m.from = {"Harper & Vale Studio Ltd", "accounts@harpervale.example"};
  m.to = {{"Aisha Malik", "aisha@greystone.example"}};
  m.subject = "Payment reminder";
  m.date = email_date(make_date(2026, 11, 22));
  m.message_id = "<20261122.reminder.greystone.1@harpervale.example>";
  m.body = "Dear Aisha,\n";
  return m;
}

std::string error_of(const EmailMessage& m) {
  try {
    render_eml(m);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a plain message has every header sendmail -t needs") {
  CHECK(render_eml(message()) ==
        "From: Harper & Vale Studio Ltd <accounts@harpervale.example>\n"
        "To: Aisha Malik <aisha@greystone.example>\n"
        "Subject: Payment reminder\n"
        "Date: Sun, 22 Nov 2026 00:00:00 +0000\n"
        "Message-ID: <20261122.reminder.greystone.1@harpervale.example>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 7bit\n"
        "\n"
        "Dear Aisha,\n");
}

TEST_CASE("a display name with specials is quoted, its quotes and backslashes escaped") {
  EmailMessage m = message();
  m.to = {{"Smith, J. \"Jo\" \\ Co", "jo@x.example"}};
  CHECK(render_eml(m).find("To: \"Smith, J. \\\"Jo\\\" \\\\ Co\" <jo@x.example>\n") !=
        std::string::npos);
}

TEST_CASE("a reply names the thread; cc and a UTF-8 body are declared") {
  EmailMessage m = message();
  m.cc = {{"", "robert@greystone.example"}};
  m.references = {"<a@x.example>", "<b@x.example>"};
  m.body = "Owed: £10\n";
  std::string eml = render_eml(m);
  CHECK(eml.find("Cc: <robert@greystone.example>\n") != std::string::npos);
  CHECK(eml.find("In-Reply-To: <b@x.example>\nReferences: <a@x.example> <b@x.example>\n") !=
        std::string::npos);
  CHECK(eml.find("Content-Transfer-Encoding: 8bit\n") != std::string::npos);
}

TEST_CASE("non-ASCII words become RFC 2047 encoded-words; long headers fold at 78") {
  EmailMessage m = message();
  m.to = {{"Jürgen Bäcker", "j@kestrel.example"}};
  m.subject = std::string(30, 'x') + " Überfällige Rechnung " + std::string(40, 'y');
  std::string eml = render_eml(m);
  CHECK(eml.find("To: =?utf-8?B?SsO8cmdlbiBCw6Rja2Vy?= <j@kestrel.example>\n") !=
        std::string::npos);
  std::size_t at = 0;
  while (at < eml.size()) {
    std::size_t end = eml.find('\n', at);
    CHECK(end - at <= 78);
    if (end - at == 0) break;  // the body follows
    at = end + 1;
  }
  CHECK(eml.find("Subject: =?utf-8?B?") != std::string::npos);
  CHECK(eml.find("\n =?utf-8?B?") != std::string::npos);  // folded onto a continuation line
  // A long ASCII subject folds at spaces.
  m.subject = "word " + std::string(60, 'a') + " " + std::string(60, 'b');
  eml = render_eml(m);
  CHECK(eml.find("Subject: word " + std::string(60, 'a') + "\n " + std::string(60, 'b') + "\n") !=
        std::string::npos);
}

TEST_CASE("encoded-words never split a UTF-8 character and stay within 75 characters") {
  EmailMessage m = message();
  m.subject = "";
  for (int i = 0; i < 40; ++i) m.subject += "é€";
  std::string eml = render_eml(m);
  std::size_t at = 0;
  while ((at = eml.find("=?utf-8?B?", at)) != std::string::npos) {
    std::size_t end = eml.find("?=", at + 10);
    CHECK(end + 2 - at <= 75);
    at = end;
  }
}

TEST_CASE("a line break or control character in any header is refused") {
  EmailMessage m = message();
  m.subject = "Hello\nBcc: victim@example.com";
  CHECK(error_of(m) ==
        "Subject: \"Hello\\nBcc: victim@example.com\" holds a line break; a header is one line, "
        "so it could inject headers and is refused");
  m = message();
  m.to[0].name = "Aisha\r\nBcc: x@y.example";
  CHECK(error_of(m).starts_with("To: \"Aisha\\r\\nBcc: x@y.example\" holds a line break"));
  m = message();
  m.from.name = std::string("Tab\x01", 4);
  CHECK(error_of(m).starts_with("From: \"Tab\\x01\" holds a control character"));
  m = message();
  m.to[0].address = "aisha@greystone.example>, x@y.example";
  CHECK(error_of(m) ==
        "To: 'aisha@greystone.example>, x@y.example' is not an email address like "
        "name@example.com");
  m = message();
  m.references = {"<a@x.example>\nBcc: y@z"};
  CHECK(error_of(m).starts_with("References: \"<a@x.example>\\nBcc: y@z\" holds a line break"));
  m = message();
  m.references = {"not-an-id"};
  CHECK(error_of(m) ==
        "References: 'not-an-id' from the contact log is not a Message-ID like <id@host>; "
        "correct its message_id");
  m = message();
  m.to.clear();
  CHECK(error_of(m) == "To: the message has no recipient");
}

TEST_CASE("addresses and Message-IDs are dot-atoms") {
  CHECK(valid_address("priya@northwind.example"));
  CHECK(valid_address("a.b+tag@x-y.example"));
  CHECK_FALSE(valid_address("priya"));
  CHECK_FALSE(valid_address("priya@"));
  CHECK_FALSE(valid_address("pri ya@x.example"));
  CHECK_FALSE(valid_address("a..b@x.example"));
  CHECK_FALSE(valid_address("a@x_y.example"));
  CHECK(valid_message_id("<1.2@x.example>"));
  CHECK_FALSE(valid_message_id("1.2@x.example"));
  CHECK_FALSE(valid_message_id("<1 2@x.example>"));
}

TEST_CASE("Date headers name the weekday and pad the time") {
  CHECK(email_date(make_date(2026, 11, 22)) == "Sun, 22 Nov 2026 00:00:00 +0000");
  CHECK(email_date(make_date(2024, 2, 29), 9 * 3600 + 5 * 60 + 7) ==
        "Thu, 29 Feb 2024 09:05:07 +0000");
}
