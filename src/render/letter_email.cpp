#include "render/letter_email.hpp"

#include <fmt/format.h>

#include "ledger/error.hpp"
#include "ledger/fnv1a.hpp"
#include "ledger/mail_syntax.hpp"

namespace arcollect {

namespace {

// Letters, digits and single dashes: safe in a Message-ID's dot-atom.
std::string id_part(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool keep = std::isalnum(static_cast<unsigned char>(c));
    if (keep)
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "x" : out;
}

}  // namespace

std::string letter_message_id(const Book& book, const Letter& letter) {
  const Customer& customer = book.customers[letter.customer];
  std::string key = customer.id + "\n" + letter.step + "\n" + format_date(letter.today);
  for (const LetterInvoice& line : letter.invoices) key += "\n" + book.invoices[line.invoice].id;
  const std::string domain = message_id_domain(book.settings.business.email);
  const CivilDay c = civil_of(letter.today);
  return fmt::format("<{:04}{:02}{:02}.{}.{}.{:08x}@{}>", c.year, c.month, c.day,
                     id_part(letter.step), id_part(customer.id),
                     static_cast<std::uint32_t>(fnv1a(key)), domain);
}

std::string letter_eml(const Book& book, const Letter& letter, const FilledLetter& filled,
                       const std::string& date) {
  const Customer& customer = book.customers[letter.customer];
  const std::string& file = book.files[customer.pos.file];
  const Business& business = book.settings.business;
  if (business.email.empty())
    throw Error(
        fmt::format("{}: [business] has no email, so letters cannot be sent from it; "
                    "add email = \"accounts@example.com\"",
                    book.files[0]));
  if (letter.to_email.empty())
    throw Error(
        fmt::format("{}: {} has no email address (for its contact or itself); add "
                    "email = \"...\" to the customer or the contact",
                    file, customer.id));
  EmailMessage m;
  m.from = {business.name, business.email};
  m.to = {{letter.to_name.empty() ? customer.name : letter.to_name, letter.to_email}};
  if (!letter.cc_email.empty()) m.cc = {{letter.cc_name, letter.cc_email}};
  m.subject = filled.subject;
  m.date = date;
  m.message_id = letter_message_id(book, letter);
  m.references = letter.thread;
  m.body = filled.body;
  try {
    return render_eml(m);
  } catch (const Error& e) {
    throw Error(fmt::format("{}: cannot write the email to {}: {}", file, customer.id, e.what()));
  }
}

}  // namespace arcollect
