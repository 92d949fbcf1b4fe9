#include "render/letter_json.hpp"

#include "render/letter.hpp"

namespace arcollect {

namespace {

std::string_view kind_key(LetterKind kind) {
  switch (kind) {
    case LetterKind::reminder:
      return "reminder";
    case LetterKind::notice:
      return "notice";
    case LetterKind::letter_of_claim:
      return "letter-of-claim";
  }
  return "reminder";
}

// {"name", "email"}, or null when there is neither.
Json addressee(const std::string& name, const std::string& email) {
  if (name.empty() && email.empty()) return Json{};
  return JsonObject{{"name", text_or_null(name)}, {"email", text_or_null(email)}};
}

}  // namespace

JsonObject letter_json(const Book& book, const Letter& letter, const std::string& text) {
  const Customer& customer = book.customers[letter.customer];
  JsonArray invoices, totals;
  for (const LetterInvoice& li : letter.invoices) {
    const Invoice& inv = book.invoices[li.invoice];
    const std::string& cur = inv.amount.currency;
    invoices.push_back(JsonObject{{"invoice", inv.id},
                                  {"currency", cur},
                                  {"due", format_date(inv.due)},
                                  {"days", li.days},
                                  {"balance", format_amount(li.balance, cur)},
                                  {"interest", format_amount(li.interest, cur)},
                                  {"compensation", format_amount(li.compensation, cur)},
                                  {"late_fee", format_amount(li.late_fee, cur)}});
  }
  for (const LetterTotal& t : letter.totals)
    totals.push_back(JsonObject{{"currency", t.currency},
                                {"owed", format_amount(t.owed, t.currency)},
                                {"overdue", format_amount(t.overdue, t.currency)},
                                {"interest", format_amount(t.interest, t.currency)},
                                {"compensation", format_amount(t.compensation, t.currency)},
                                {"late_fee", format_amount(t.late_fee, t.currency)},
                                {"claim", format_amount(t.claim(), t.currency)}});
  return JsonObject{
      {"customer", customer.id},
      {"name", customer.name},
      {"step", letter.step},
      {"kind", std::string(kind_key(letter.kind))},
      {"template", template_for(letter)},
      {"to", addressee(letter.to_name, letter.to_email)},
      {"cc", addressee(letter.cc_name, letter.cc_email)},
      {"deadline", format_date(letter.deadline)},
      {"invoices", std::move(invoices)},
      {"totals", std::move(totals)},
      {"text", text},
  };
}

}  // namespace arcollect
