#include "render/letter_language.hpp"

#include <fmt/format.h>

#include <array>

#include "render/percent.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

constexpr std::array<std::string_view, 12> kGermanMonths = {
    "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
    "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

constexpr LetterPhrases kEnglish{
    "Invoice",
    "PO",
    "Issued",
    "Due",
    "Amount",
    "Unpaid",
    "Days late",
    "Claimed",
    "Unpaid invoices now due",
    "Interest to {}",
    "Fixed compensation for recovery costs",
    "Late-payment fee",
    "Total claimed",
    "Payment",
    "now",
    "our terms of business",
    "Dear Sir or Madam",
    "Kind regards",
    "Yours sincerely",
    "Yours faithfully",
    " and ",
    "{} of {}: {}",
    "as invoiced",
    "Pay {} by {} and you may deduct {} ({}).",
    "{} of the overdue balance",
    "{} per overdue invoice",
    "Our record of the {} ends on {}, so the rate for {} is taken to be the last known one, {}{}.",
    " (in force from {})",
    "Page",
    "of",
    "{} points over the {} of {}",
    "{} on {}",
    " and of ",
    ", rounded up to a multiple of {} points",
};

// German business letters: "Sehr geehrte Damen und Herren", "Mit freundlichen Grüßen" by post
// and by email alike, dates as "7. Dezember 2026", decimal commas.
constexpr LetterPhrases kGerman{
    "Rechnung",
    "Bestellnr.",
    "Rechnungsdatum",
    "Fällig",
    "Betrag",
    "Offen",
    "Tage überfällig",
    "Forderung",
    "Fällige offene Rechnungen",
    "Zinsen bis zum {}",
    "Pauschale für Beitreibungskosten",
    "Mahngebühr",
    "Gesamtforderung",
    "Zahlung",
    "sofort",
    "unseren Geschäftsbedingungen",
    "Sehr geehrte Damen und Herren",
    "Mit freundlichen Grüßen",
    "Mit freundlichen Grüßen",
    "Mit freundlichen Grüßen",
    " und ",
    "{} vom {}: {}",
    "laut Rechnung",
    "Wenn Sie {} bis zum {} bezahlen, dürfen Sie {} ({}) abziehen.",
    "{} des überfälligen Betrags",
    "{} je überfällige Rechnung",
    "Der Referenzzinssatz ({}) ist uns nur bis zum {} bekannt; für den {} legen wir daher den "
    "zuletzt bekannten Satz von {}{} zugrunde.",
    " (gültig seit dem {})",
    "Seite",
    "von",
    "{} Prozentpunkte über dem {} von {}",
    "{}, Stand {}",
    " und von ",
    ", aufgerundet auf ein Vielfaches von {} Prozentpunkten",
};

}  // namespace

Language letter_language(const Book& book, const Letter& letter) {
  // The Pre-Action Protocol letter of claim is an English procedure, worded in English only:
  // its values must not be German around English sentences.
  if (letter.kind == LetterKind::letter_of_claim) return Language::en;
  const Customer& customer = book.customers[letter.customer];
  return customer.language.value_or(book.settings.letters.language);
}

std::string letter_date(Date day, Language language) {
  if (language == Language::en) return format_long_date(day);
  const CivilDay c = civil_of(day);
  return fmt::format("{}. {} {}", c.day, kGermanMonths[c.month - 1], c.year);
}

std::string letter_short_date(Date day, Language language) {
  const CivilDay c = civil_of(day);
  if (language == Language::de) return fmt::format("{:02}.{:02}.{}", c.day, c.month, c.year);
  return fmt::format("{} {}", format_day_month(day), c.year);
}

std::string letter_number(std::int64_t minor, int digits, Language language) {
  std::string text = format_minor(minor, digits, true);
  if (language == Language::en) return text;
  // 1,234.50 -> 1.234,50
  for (char& c : text) c = c == ',' ? '.' : c == '.' ? ',' : c;
  return text;
}

std::string letter_points(std::int64_t millionths, Language language) {
  std::string text = rate_text(millionths);  // "11.75%", as reports write it
  text.pop_back();
  if (language == Language::de)
    for (char& c : text) c = c == '.' ? ',' : c;
  return text;
}

std::string letter_rate(std::int64_t millionths, Language language) {
  return letter_points(millionths, language) + (language == Language::de ? " %" : "%");
}

std::string letter_days(long days, Language language) {
  if (language == Language::en) return day_count(days);
  return fmt::format("{} {}", days, days == 1 || days == -1 ? "Tag" : "Tage");
}

const LetterPhrases& letter_phrases(Language language) {
  return language == Language::de ? kGerman : kEnglish;
}

}  // namespace arcollect
