#include "render/letter.hpp"

#include <fmt/format.h>

#include <set>

#include "collect/law.hpp"
#include "render/letter_language.hpp"
#include "render/letter_tables.hpp"
#include "render/letter_words.hpp"
#include "render/percent.hpp"
#include "render/table.hpp"
#include "render/wrap.hpp"

namespace arcollect {

namespace {

constexpr std::string_view kFields[] = {
    "business.name",
    "business.email",
    "business.address",
    "customer.name",
    "customer.id",
    "customer.address",
    "contact.name",
    "step",
    "today",
    "deadline",
    "reply_days",
    "invoices",
    "invoice_ids",
    "descriptions",
    "due",
    "oldest_days",
    "owed",
    "overdue",
    "interest",
    "interest_rate",
    "daily_interest",
    "compensation",
    "fee",
    "fee_terms",
    "charges",
    "claim",
    "law",
    "rate_basis",
    "payment_details",
    "payment_url",
    "discount",
    "plan_id",
    "schedule",
    "plan_total",
    "charges_added",
    "broken_plan",
    "rate_assumed",
    "business.phone",
    "signer",
    "signer_title",
    "salutation",
    "closing",
    "signature",
    "several_invoices",
    "oldest_overdue",
};

// "£7,030.00 and €5,100.00": the nonzero amounts `pick` takes from each total.
template <class Pick>
std::string amounts(const Letter& letter, LetterSettings::Money money, Language language,
                    Pick pick) {
  std::string out;
  for (const LetterTotal& total : letter.totals) {
    std::int64_t minor = pick(total);
    if (minor == 0) continue;
    out += (out.empty() ? "" : std::string(letter_phrases(language).and_)) +
           letter_money(minor, total.currency, money, language);
  }
  return out;
}

// The law a letter claims under, as a letter in `language` cites it.
std::string law_name(const Letter& letter, Language language) {
  if (letter.basis == InterestBasis::contractual)
    return std::string(letter_phrases(language).law_contract);
  const LawProfile* law =
      letter.basis == InterestBasis::statutory ? law_profile(letter.law) : nullptr;
  if (!law) return "";
  if (letter.consumer)
    return std::string(language == Language::de ? law->consumer_law_de : law->consumer_law_en);
  return std::string(language == Language::de ? law->law_de : law->law_en);
}

std::string join_lines(const std::vector<std::string>& lines, LetterStyle style) {
  std::string out;
  for (const auto& line : lines)
    out += (out.empty() ? "" : style == LetterStyle::markdown ? "  \n" : "\n") + line;
  return out;
}

}  // namespace

std::span<const std::string_view> letter_fields() {
  return kFields;
}

std::string template_for(const Letter& letter) {
  return letter.kind == LetterKind::letter_of_claim ? "letter-of-claim" : letter.template_name;
}

TemplateValues letter_values(const Book& book, const Letter& letter, LetterStyle style) {
  const Settings& settings = book.settings;
  const Customer& customer = book.customers[letter.customer];
  auto plain = [&](std::string_view text) {
    return style == LetterStyle::markdown ? escape_markdown(text) : std::string(text);
  };
  std::vector<std::string> business_address, customer_address;
  for (const auto& line : settings.business.address) business_address.push_back(plain(line));
  for (const auto& line : customer.address) customer_address.push_back(plain(line));

  const LetterSettings::Money money_style = settings.letters.money;
  const Language language = letter_language(book, letter);
  const LetterPhrases& words = letter_phrases(language);
  const auto money = [&](std::int64_t minor, const std::string& currency) {
    return letter_money(minor, currency, money_style, language);
  };
  const auto long_date = [&](Date day) { return letter_date(day, language); };

  TemplateValues v;
  v["business.name"] = plain(settings.business.name);
  v["business.email"] = plain(settings.business.email);
  v["business.address"] = join_lines(business_address, style);
  v["customer.name"] = plain(customer.name);
  v["customer.id"] = plain(customer.id);
  v["customer.address"] = join_lines(customer_address, style);
  v["contact.name"] = plain(letter.to_name.empty() ? customer.name : letter.to_name);
  v["salutation"] = plain(salutation_text(letter, language));
  v["closing"] = closing_text(letter, language);
  v["business.phone"] = plain(settings.business.phone);
  v["signer"] = plain(settings.business.signer);
  v["signer_title"] = plain(settings.business.signer_title);
  std::vector<std::string> signature;
  for (const std::string& line : signature_lines(settings.business))
    signature.push_back(plain(line));
  v["signature"] = join_lines(signature, style);
  v["step"] = plain(letter.step);
  v["today"] = long_date(letter.today);
  v["deadline"] = long_date(letter.deadline);
  v["reply_days"] = std::to_string(letter.reply_days);
  v["payment_details"] = plain(settings.business.payment_details);
  v["payment_url"] = plain(settings.business.payment_url);
  v["law"] = law_name(letter, language);
  v["rate_basis"] = plain(rate_basis_text(letter, language));

  std::vector<std::string> ids, descriptions, discounts;
  std::set<std::int64_t> rates;
  int oldest = 0;
  for (const LetterInvoice& line : letter.invoices) {
    const Invoice& inv = book.invoices[line.invoice];
    ids.push_back(inv.id);
    descriptions.push_back(
        plain(fmt::format(fmt::runtime(words.invoice_of), inv.id, long_date(inv.issued),
                          inv.description.empty() ? words.as_invoiced : inv.description)));
    if (line.rate > 0) rates.insert(line.rate);
    oldest = std::max(oldest, line.days);
    if (line.discount_until)
      discounts.push_back(fmt::format(
          fmt::runtime(words.discount), inv.id, long_date(*line.discount_until),
          letter_rate(to_minor(settings.defaults.early_discount->percent, 4).value_or(0), language),
          money(line.discount, inv.amount.currency)));
  }
  v["invoices"] = letter.invoices.empty() ? "" : invoice_table(book, letter, style);
  v["invoice_ids"] = plain(fmt::format("{}", fmt::join(ids, ", ")));
  v["descriptions"] = join_lines(descriptions, style);
  v["discount"] = join_lines(discounts, style);
  v["due"] =
      letter.invoices.empty() ? "" : long_date(book.invoices[letter.invoices.front().invoice].due);
  v["oldest_days"] = oldest > 0 ? std::to_string(oldest) : "";
  v["oldest_overdue"] = oldest > 0 ? letter_days(oldest, language) : "";
  v["several_invoices"] = letter.invoices.size() > 1 ? "yes" : "";
  std::vector<std::string> rate_texts;
  for (std::int64_t r : rates) rate_texts.push_back(letter_rate(r, language));
  v["interest_rate"] = fmt::format("{}", fmt::join(rate_texts, words.and_));

  v["owed"] = amounts(letter, money_style, language, [](const LetterTotal& t) { return t.owed; });
  v["overdue"] =
      amounts(letter, money_style, language, [](const LetterTotal& t) { return t.overdue; });
  v["interest"] =
      amounts(letter, money_style, language, [](const LetterTotal& t) { return t.interest; });
  v["daily_interest"] =
      amounts(letter, money_style, language, [](const LetterTotal& t) { return t.daily; });
  v["compensation"] =
      amounts(letter, money_style, language, [](const LetterTotal& t) { return t.compensation; });
  v["fee"] =
      amounts(letter, money_style, language, [](const LetterTotal& t) { return t.late_fee; });
  v["claim"] = amounts(letter, money_style, language,
                       [](const LetterTotal& t) { return t.overdue ? t.claim() : 0; });
  v["charges"] = charges_table(book, letter, style);
  v["plan_id"] = plain(letter.plan_id);
  std::int64_t plan_total = 0;
  for (const auto& [due, minor] : letter.schedule) plan_total += minor;
  v["plan_total"] = letter.schedule.empty() || letter.totals.empty()
                        ? ""
                        : money(plan_total, letter.totals.front().currency);
  v["charges_added"] = letter.plan_charges_added ? "yes" : "";
  v["broken_plan"] = plain(fmt::format("{}", fmt::join(letter.broken_plans, ", ")));
  std::vector<std::string> assumed;
  for (const Reason& note : letter.notes)
    if (note.kind == ReasonKind::rate_past_known && note.date && note.due)
      assumed.push_back(fmt::format(
          fmt::runtime(words.rate_assumed), note.text, long_date(*note.due), long_date(*note.date),
          letter_rate(note.rate.value_or(0), language),
          note.made ? fmt::format(fmt::runtime(words.in_force_from), long_date(*note.made)) : ""));
  v["rate_assumed"] = fmt::format("{}", fmt::join(assumed, " "));
  v["schedule"] = letter.schedule.empty() || letter.totals.empty()
                      ? ""
                      : schedule_table(book, letter, letter.totals.front().currency, style);
  if (const auto& fee = settings.defaults.late_fee)
    v["fee_terms"] =
        fee->percent
            ? fmt::format(fmt::runtime(words.fee_percent),
                          letter_rate(to_minor(*fee->percent, 4).value_or(0), language))
            : fmt::format(
                  fmt::runtime(words.fee_amount),
                  money(
                      to_minor(*fee->amount, minor_digits(settings.business.currency)).value_or(0),
                      settings.business.currency));
  return v;
}

FilledLetter expand_letter(const LetterTemplate& tmpl, const TemplateValues& values) {
  FilledLetter filled;
  filled.subject = expand(tmpl.subject, values);
  filled.body = expand(tmpl.body, values);
  while (!filled.body.empty() && filled.body.back() == '\n') filled.body.pop_back();
  filled.body += "\n";
  return filled;
}

FilledLetter fill_letter(const LetterTemplate& tmpl, const TemplateValues& values) {
  FilledLetter filled = expand_letter(tmpl, values);
  // Markdown too: its reader joins a paragraph's lines anyway, and its source stays readable.
  filled.body = reflow(filled.body);
  while (!filled.body.empty() && filled.body.back() == '\n') filled.body.pop_back();
  filled.body += "\n";
  return filled;
}

std::string letter_page(const Book& book, const Letter& letter, const FilledLetter& filled,
                        LetterStyle style) {
  const Business& business = book.settings.business;
  const Customer& customer = book.customers[letter.customer];
  TemplateValues v = letter_values(book, letter, style);
  bool md = style == LetterStyle::markdown;
  std::vector<std::string> head = {md ? "**" + v["business.name"] + "**" : v["business.name"]};
  if (!business.address.empty()) head.push_back(v["business.address"]);
  if (!business.email.empty()) head.push_back(v["business.email"]);
  if (!business.phone.empty()) head.push_back(v["business.phone"]);
  std::vector<std::string> to;
  if (!letter.to_name.empty()) to.push_back(v["contact.name"]);
  to.push_back(v["customer.name"]);
  if (!customer.address.empty()) to.push_back(v["customer.address"]);

  std::string body = filled.body;
  if (md) body = markdown_breaks(body);
  return fmt::format("{}\n\n{}\n\n{}\n\n{}{}\n\n{}", join_lines(head, style), v["today"],
                     join_lines(to, style), md ? "## " : "", filled.subject, body);
}

}  // namespace arcollect
