#include "collect/new_invoice.hpp"

#include <tuple>

#include "ledger/invoice_numbers.hpp"

namespace arcollect {

std::string invoice_currency(const Book& book, std::size_t c) {
  const Invoice* latest = nullptr;
  for (std::size_t i : book.by_customer[c].invoices) {
    const Invoice& inv = book.invoices[i];
    if (!latest || std::tie(inv.issued, inv.id) > std::tie(latest->issued, latest->id))
      latest = &inv;
  }
  return latest ? latest->amount.currency : book.settings.business.currency;
}

NewInvoice new_invoice(const Book& book, std::size_t c, const InvoiceRequest& request) {
  const Customer& customer = book.customers[c];
  NewInvoice made;
  Invoice& inv = made.invoice;
  if (request.id.empty()) {
    made.id_format = invoice_id_format(book);
    inv.id = next_invoice_id(book, made.id_format, request.issued);
  } else {
    inv.id = request.id;
  }
  if (auto it = book.invoice_index.find(inv.id); it != book.invoice_index.end())
    made.taken = it->second;
  inv.customer = customer.id;
  inv.issued = request.issued;
  made.terms = payment_terms(book.settings, &customer);
  made.due_given = request.due.has_value();
  inv.due = request.due.value_or(due_under(made.terms, request.issued));
  inv.due_given = inv.due;  // written down, so later changes to the terms do not move it
  inv.currency = request.currency.empty() ? invoice_currency(book, c) : request.currency;
  inv.amount = Money{request.amount_minor, inv.currency};
  inv.po = request.po;
  inv.description = request.description;
  made.discount = early_discount_offer(book.settings, inv.issued, request.amount_minor);
  return made;
}

}  // namespace arcollect
