// The conventions of a business letter that are not its template's words: how amounts are
// written, whom it greets and how, how it closes, and who signs it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "collect/letter.hpp"
#include "ledger/settings.hpp"
#include "render/letter_language.hpp"

namespace arcollect {

// "£1,234.50" with a currency's symbol (GBP, EUR and USD have one; [letters] money =
// "symbol"), else "1,234.50 GBP"; in German "1.234,50 €" and "1.234,50 GBP".
std::string letter_money(std::int64_t minor, const std::string& currency,
                         LetterSettings::Money style, Language language = Language::en);

// "Dear Ms Nair" (the contact's salutation, else their name), or "Dear Sir or Madam" when the
// letter greets nobody by name. German: "Sehr geehrte Frau Becker", "Sehr geehrter Herr Wolf"
// (a salutation that starts so), else "Guten Tag Jana Becker", or "Sehr geehrte Damen und
// Herren".
std::string salutation_text(const Letter& letter, Language language = Language::en);

// An email closes "Kind regards"; a letter "Yours sincerely" to a person greeted by name and
// "Yours faithfully" to "Sir or Madam". German: "Mit freundlichen Grüßen" for all.
std::string closing_text(const Letter& letter, Language language = Language::en);

// Where the statutory rate a letter claims comes from: "8 points over the ECB main refinancing
// rate of 2.15% on 1 July 2025" (several reference figures, one per rate, lowest rate first),
// or "" when it claims no statutory rate, or a rate the formula does not explain.
std::string rate_basis_text(const Letter& letter, Language language = Language::en);

// The signature under the closing: [business] signer and signer_title when given, then the
// business's name, email and phone.
std::vector<std::string> signature_lines(const Business& business);

}  // namespace arcollect
