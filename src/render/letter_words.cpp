#include "render/letter_words.hpp"

#include <string_view>

#include "ledger/money.hpp"

namespace arcollect {

namespace {

// The symbols a British or euro-area letter writes before an amount. Other currencies (and
// the dollars of other countries, whose "$" would be ambiguous) keep their code.
std::string_view symbol_of(std::string_view currency) {
  if (currency == "GBP") return "£";
  if (currency == "EUR") return "€";
  if (currency == "USD") return "$";
  return "";
}

bool is_email(const Letter& letter) {
  return letter.action == LadderAction::email || letter.action == LadderAction::call ||
         letter.action == LadderAction::visit;
}

}  // namespace

std::string letter_money(std::int64_t minor, const std::string& currency,
                         LetterSettings::Money style) {
  const std::string_view symbol = symbol_of(currency);
  if (style == LetterSettings::Money::code || symbol.empty()) return money_text(minor, currency);
  const std::string digits = format_amount(minor < 0 ? -minor : minor, currency, true);
  return (minor < 0 ? "-" : "") + std::string(symbol) + digits;
}

std::string salutation_text(const Letter& letter) {
  return letter.greeting_name.empty() ? "Dear Sir or Madam" : "Dear " + letter.greeting_name;
}

std::string closing_text(const Letter& letter) {
  // A call or visit step is written only as an email (the step offered on that channel).
  if (letter.kind == LetterKind::reminder && is_email(letter)) return "Kind regards";
  return letter.greeting_name.empty() ? "Yours faithfully" : "Yours sincerely";
}

std::vector<std::string> signature_lines(const Business& business) {
  std::vector<std::string> lines;
  for (const std::string* line :
       {&business.signer, &business.signer_title, &business.name, &business.email, &business.phone})
    if (!line->empty()) lines.push_back(*line);
  return lines;
}

}  // namespace arcollect
