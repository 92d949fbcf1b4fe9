// A new invoice as `arcollect invoice` writes it: its number, its due date under the terms in
// force, and the early-payment discount it offers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ledger/book.hpp"
#include "ledger/terms.hpp"

namespace arcollect {

struct InvoiceRequest {
  std::int64_t amount_minor = 0;
  std::string currency;  // given; empty: invoice_currency's choice
  Date issued{};
  std::optional<Date> due;  // given; else the terms decide
  std::string po;
  std::string description;
  std::string id;  // given; else the next number in the ledger's pattern
};

struct NewInvoice {
  Invoice invoice;        // as it is written: id, due and currency filled in
  std::string id_format;  // the pattern the number came from; empty when it was given
  Terms terms;            // in force for the customer
  bool due_given = false;
  std::optional<EarlyDiscountOffer> discount;
  std::optional<std::size_t> taken;  // an invoice the ledger already has under that number
};

// The currency of a new invoice for customer `c` when none is given: that of the customer's
// latest invoice, else the business currency.
std::string invoice_currency(const Book& book, std::size_t c);

// The invoice `request` makes for customer `c` of `book` (the ledger as it is on disk now).
NewInvoice new_invoice(const Book& book, std::size_t c, const InvoiceRequest& request);

}  // namespace arcollect
