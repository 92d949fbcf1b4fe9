#include "render/invoice.hpp"

#include <fmt/format.h>

#include "render/json.hpp"
#include "render/percent.hpp"

namespace arcollect {

namespace {

std::string terms_words(const Invoice& inv, const Terms& terms) {
  const std::string days = fmt::format("{} day{}", terms.days, terms.days == 1 ? "" : "s");
  return terms.customers_own ? fmt::format("{}, {}'s terms", days, inv.customer)
                             : fmt::format("{}, the ledger's terms", days);
}

}  // namespace

std::string invoice_text(const Book& book, const NewInvoice& made, const RecordFile& file) {
  const Invoice& inv = made.invoice;
  const Customer& customer = book.customers[book.customer_index.at(inv.customer)];
  std::string out = fmt::format("{} {}\n", file.written ? "Recorded" : "Would write", file.path);
  out += fmt::format("{} to {}{}: {}\n", inv.id, inv.customer,
                     customer.name.empty() ? "" : " (" + customer.name + ")",
                     money_text(inv.amount.minor, inv.currency));
  if (made.due_given) {
    const Date by_terms = due_under(made.terms, inv.issued);
    out += fmt::format(
        "  issued {}, due {} as given{}\n", format_date(inv.issued), format_date(inv.due),
        by_terms == inv.due ? ""
                            : fmt::format(" ({} would make it {})", terms_words(inv, made.terms),
                                          format_date(by_terms)));
  } else {
    out += fmt::format("  issued {}, due {}: {}\n", format_date(inv.issued), format_date(inv.due),
                       terms_words(inv, made.terms));
  }
  if (made.discount)
    out += fmt::format("  early payment: {} off ({}) if paid in full by {}\n",
                       percent_text(made.discount->percent),
                       money_text(made.discount->minor, inv.currency),
                       format_date(made.discount->until));
  return out;
}

JsonObject invoice_json(const NewInvoice& made, const RecordFile& file) {
  const Invoice& inv = made.invoice;
  Json discount;
  if (made.discount)
    discount = JsonObject{
        {"percent", format_minor(made.discount->percent.units, made.discount->percent.scale)},
        {"amount", format_amount(made.discount->minor, inv.currency)},
        {"currency", inv.currency},
        {"until", format_date(made.discount->until)},
    };
  JsonObject out = files_json({file});
  JsonObject body{
      {"invoice",
       JsonObject{
           {"id", inv.id},
           {"customer", inv.customer},
           {"issued", format_date(inv.issued)},
           {"due", format_date(inv.due)},
           {"amount", format_amount(inv.amount.minor, inv.currency)},
           {"currency", inv.currency},
           {"po", text_or_null(inv.po)},
           {"description", text_or_null(inv.description)},
       }},
      {"terms",
       JsonObject{
           {"days", made.terms.days},
           {"from", made.terms.customers_own ? "customer" : "ledger"},
           {"due_given", made.due_given},
       }},
      {"early_discount", std::move(discount)},
      {"id_format", text_or_null(made.id_format)},
  };
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

}  // namespace arcollect
