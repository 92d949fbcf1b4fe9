#include "render/letter_words.hpp"

#include <map>
#include <set>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "collect/law.hpp"
#include "ledger/money.hpp"
#include "render/letter_language.hpp"

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
                         LetterSettings::Money style, Language language) {
  const std::string_view symbol = style == LetterSettings::Money::code ? "" : symbol_of(currency);
  const int digits = minor_digits(currency);
  if (language == Language::de)  // the unit after the figure, symbol or code
    return letter_number(minor, digits, language) + " " +
           std::string(symbol.empty() ? std::string_view(currency) : symbol);
  if (symbol.empty()) return letter_number(minor, digits, language) + " " + currency;
  return (minor < 0 ? "-" : "") + std::string(symbol) +
         letter_number(minor < 0 ? -minor : minor, digits, language);
}

std::string salutation_text(const Letter& letter, Language language) {
  const std::string& name = letter.greeting_name;
  if (name.empty()) return std::string(letter_phrases(language).dear_nobody);
  if (language == Language::de) {
    if (name.starts_with("Frau ")) return "Sehr geehrte " + name;
    if (name.starts_with("Herr ")) return "Sehr geehrter " + name;
    return "Guten Tag " + name;
  }
  return "Dear " + name;
}

std::string closing_text(const Letter& letter, Language language) {
  const LetterPhrases& words = letter_phrases(language);
  // A call or visit step is written only as an email (the step offered on that channel).
  if (letter.kind == LetterKind::reminder && is_email(letter))
    return std::string(words.closing_email);
  return std::string(letter.greeting_name.empty() ? words.closing_nobody : words.closing_named);
}

std::string rate_basis_text(const Letter& letter, Language language) {
  const LawProfile* law =
      letter.basis == InterestBasis::statutory ? law_profile(letter.law) : nullptr;
  if (!law) return "";
  // Each reference figure with the days it was taken on: one UK rate can rest on the same
  // Bank Rate on two fixing days.
  std::map<std::pair<std::int64_t, std::int64_t>, std::set<Date>> figures;  // rate, reference
  for (const LetterInvoice& line : letter.invoices) {
    if (line.rate <= 0) continue;
    // A rate the formula does not explain: saying where the others come from would read as
    // if it explained them all.
    if (!line.reference_date) return "";
    figures[{line.rate, line.reference_rate}].insert(*line.reference_date);
  }
  if (figures.empty()) return "";
  const LetterPhrases& words = letter_phrases(language);
  std::string references;
  for (const auto& [key, days] : figures) {
    std::string on;
    for (Date day : days)
      on += (on.empty() ? "" : std::string(words.and_)) + letter_date(day, language);
    references +=
        (references.empty() ? "" : std::string(words.and_reference)) +
        fmt::format(fmt::runtime(words.reference_on), letter_rate(key.second, language), on);
  }
  const std::int64_t margin = law_margin(*law, letter.consumer);
  std::string text =
      fmt::format(fmt::runtime(words.rate_basis), letter_points(margin, language),
                  language == Language::de ? law->reference_de : law->reference, references);
  if (law->round_up_to > 0)
    text += fmt::format(fmt::runtime(words.rounded_up), letter_points(law->round_up_to, language));
  return text;
}

std::vector<std::string> signature_lines(const Business& business) {
  std::vector<std::string> lines;
  for (const std::string* line :
       {&business.signer, &business.signer_title, &business.name, &business.email, &business.phone})
    if (!line->empty()) lines.push_back(*line);
  return lines;
}

}  // namespace arcollect
