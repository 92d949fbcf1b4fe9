// Output that cannot take over a terminal: what a ledger holds is shown, never obeyed.
#include <doctest/doctest.h>

#include "render/table.hpp"
#include "render/terminal_safe.hpp"

using namespace arcollect;

TEST_CASE("control characters are shown escaped; layout characters are kept") {
  CHECK(terminal_text("Acme\x1b]52;c;ZXZpbA==\x07 Ltd\n") == "Acme\\x1b]52;c;ZXZpbA==\\x07 Ltd\n");
  CHECK(terminal_text("\x1b[2Jgone") == "\\x1b[2Jgone");
  CHECK(terminal_text("a\tb\fc\r\nd") == "a\tb\fc\r\nd");  // CSV rows end in CRLF
  CHECK(terminal_text("over\rwrite") == "over\\x0dwrite");
  CHECK(terminal_text("del\x7f") == "del\\x7f");
  CHECK(terminal_text("c1 \xc2\x9b"
                      "2J") == "c1 \\u009b2J");  // U+009B, the 8-bit CSI
  CHECK(terminal_text("bad \xff\xfe utf-8") == "bad \\xff\\xfe utf-8");
  CHECK(terminal_text("Café, Straße, 東京") == "Café, Straße, 東京");
  CHECK(terminal_text("invoice \u202egnp.exe") == "invoice \\u202egnp.exe");  // Trojan Source
}

TEST_CASE("only render's own colour marks become escape sequences") {
  CHECK(terminal_text(paint("due", Style::bold, true)) == "\x1b[1mdue\x1b[0m");
  CHECK(paint("due", Style::bold, false) == "due");
  // A mark with a parameter paint never writes is shown, not obeyed.
  CHECK(terminal_text(std::string(kColorMark) + "8mhidden") == "\\xef\\xbf\\xbf8mhidden");
  CHECK(display_width(paint("due", Style::red, true)) == 3);
  CHECK(display_width("a\x1b") == 5);  // as shown: a\x1b
}
