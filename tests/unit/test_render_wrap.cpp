// Letter layout: prose refilled, short lines and tables kept.
#include <doctest/doctest.h>

#include "render/wrap.hpp"

using namespace arcollect;

TEST_CASE("a prose paragraph is filled again to 72 columns once values changed its widths") {
  std::string text =
      "Please pay 1,327.06 GBP by 29 November 2026. If we have not received payment by\n"
      "then, we will send a notice of intended legal action without further\n"
      "reminder.\n";
  CHECK(reflow(text) ==
        "Please pay 1,327.06 GBP by 29 November 2026. If we have not received\n"
        "payment by then, we will send a notice of intended legal action without\n"
        "further reminder.\n");
}

TEST_CASE("short lines keep their breaks; a long one among them is wrapped alone") {
  std::string long_line = "Payment details: " + std::string(30, 'x') + " " + std::string(30, 'y') +
                          " " + std::string(20, 'z');
  CHECK(reflow("Harper & Vale\n12 Mill Lane\n\nThanks,\n" + long_line + "\n") ==
        "Harper & Vale\n12 Mill Lane\n\nThanks,\nPayment details: " + std::string(30, 'x') + "\n" +
            std::string(30, 'y') + " " + std::string(20, 'z') + "\n");
}

TEST_CASE("tables are never wrapped, and blank lines are kept") {
  std::string table = "  Invoice  Due          Amount\n  " + std::string(90, 'x') + "  1\n";
  CHECK(reflow("A\n\n\n" + table) == "A\n\n\n" + table);
  CHECK(reflow("") == "");
  CHECK(reflow("no newline") == "no newline");
}

TEST_CASE("Markdown keeps deliberate breaks and lets prose flow") {
  CHECK(markdown_breaks("Harper & Vale\n12 Mill Lane  \nLeeds\n") ==
        "Harper & Vale  \n12 Mill Lane  \nLeeds\n");
  std::string prose = std::string(55, 'a') + "\n" + std::string(55, 'b') + "\nend\n";
  CHECK(markdown_breaks(prose) == prose);
  CHECK(markdown_breaks("| a | b |\n| --- | --- |\n") == "| a | b |\n| --- | --- |\n");
}

TEST_CASE("the firm letter's sentence: a 76-column line and an orphan are filled again") {
  // What the firm template gave once the deadline and phone were filled in (issue 15).
  const std::string wide =
      "Please pay by 30 September 2026, or call us before then if there is a problem\n"
      "we can help with.\n";
  CHECK(reflow(wide) ==
        "Please pay by 30 September 2026, or call us before then if there is a\n"
        "problem we can help with.\n");
  // A template that writes a paragraph on one line is filled the same way.
  const std::string one_line =
      "Please pay by 30 September 2026, or call us on +44 113 496 0718 before then if there is "
      "a problem we can help with.\n";
  const std::string filled = reflow(one_line);
  CHECK(filled ==
        "Please pay by 30 September 2026, or call us on +44 113 496 0718 before\n"
        "then if there is a problem we can help with.\n");
  for (std::size_t at = 0, end; (end = filled.find('\n', at)) != std::string::npos; at = end + 1)
    CHECK(end - at <= 72);
}
