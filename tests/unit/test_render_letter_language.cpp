// Letters in English and German: dates, figures, amounts, days and greetings as each writes them.
#include <doctest/doctest.h>

#include "render/letter_language.hpp"
#include "render/letter_words.hpp"
#include "render/wrap.hpp"

using namespace arcollect;

TEST_CASE("German letters write dates with the day first and figures with decimal commas") {
  const Date day = make_date(2026, 3, 7);
  CHECK(letter_date(day, Language::en) == "7 March 2026");
  CHECK(letter_date(day, Language::de) == "7. März 2026");
  CHECK(letter_short_date(day, Language::en) == "7 Mar 2026");
  CHECK(letter_short_date(day, Language::de) == "07.03.2026");
  CHECK(letter_number(123'456'789, 2, Language::en) == "1,234,567.89");
  CHECK(letter_number(123'456'789, 2, Language::de) == "1.234.567,89");
  CHECK(letter_rate(117'500, Language::en) == "11.75%");
  CHECK(letter_rate(117'500, Language::de) == "11,75 %");
  CHECK(letter_rate(80'000, Language::de) == "8 %");
  CHECK(letter_days(1, Language::de) == "1 Tag");
  CHECK(letter_days(40, Language::de) == "40 Tage");
  CHECK(letter_days(1, Language::en) == "1 day");
}

TEST_CASE("German amounts put the unit after the figure") {
  using M = LetterSettings::Money;
  CHECK(letter_money(510'000, "EUR", M::symbol, Language::de) == "5.100,00 €");
  CHECK(letter_money(510'000, "GBP", M::symbol, Language::de) == "5.100,00 £");
  CHECK(letter_money(510'000, "EUR", M::code, Language::de) == "5.100,00 EUR");
  CHECK(letter_money(1'000, "JPY", M::symbol, Language::de) == "1.000 JPY");
  CHECK(letter_money(510'000, "EUR", M::symbol, Language::en) == "€5,100.00");
}

TEST_CASE("German greetings follow the salutation the ledger gives") {
  Letter letter;
  letter.kind = LetterKind::notice;
  letter.greeting_name = "Frau Becker";
  CHECK(salutation_text(letter, Language::de) == "Sehr geehrte Frau Becker");
  letter.greeting_name = "Herr Wolf";
  CHECK(salutation_text(letter, Language::de) == "Sehr geehrter Herr Wolf");
  letter.greeting_name = "Jana Becker";
  CHECK(salutation_text(letter, Language::de) == "Guten Tag Jana Becker");
  CHECK(closing_text(letter, Language::de) == "Mit freundlichen Grüßen");
  letter.greeting_name.clear();
  CHECK(salutation_text(letter, Language::de) == "Sehr geehrte Damen und Herren");
  CHECK(closing_text(letter, Language::de) == "Mit freundlichen Grüßen");
}

TEST_CASE("a line never breaks after a figure: dates, amounts and phone numbers stay whole") {
  const std::string text =
      "Bitte zahlen Sie bis zum 30. November 2026, oder rufen Sie uns unter +44 113 496 0718 "
      "vorher an.\n";
  CHECK(reflow(text) ==
        "Bitte zahlen Sie bis zum 30. November 2026, oder rufen Sie uns unter\n"
        "+44 113 496 0718 vorher an.\n");
  CHECK(reflow(std::string(60, 'x') + " before 10 December 2026.\n") ==
        std::string(60, 'x') + " before\n10 December 2026.\n");
}
