// Recording money in: how a payment or credit note is written down (split over the invoices
// it names, in order, up to what each still owes; the rest names none, for the payment rule of
// ledger/allocation to apply), and what it then paid, from the allocation before and after.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ledger/allocation.hpp"

namespace arcollect {

struct PaymentRequest {
  std::size_t customer = 0;
  Money amount;
  Date date{};
  std::vector<std::size_t> invoices;  // named, in the order given
  PaymentKind kind = PaymentKind::payment;
  std::string ref, reason;
};

// The records to write: one per named invoice that still owes something on the date (as much
// as it owes, in order), then one naming no invoice for the rest, which the allocation rule
// applies by the payment rule (a live plan first, never a disputed invoice, then oldest due).
std::vector<Payment> payment_records(const Book& book, const Allocation& on_date,
                                     const PaymentRequest& request);

struct AppliedAmount {
  std::string invoice;
  std::int64_t amount = 0;  // applied by the new records
  std::int64_t left = 0;    // what the invoice still owes
};

struct PaymentEffect {
  std::string currency;
  std::vector<AppliedAmount> applied;  // by invoice, in due order
  std::int64_t credit = 0;             // the customer's unapplied credit after it
  std::int64_t owed = 0;               // what the customer still owes in that currency
};

// What the new records changed for `customer` in `currency`, comparing the allocation before
// they were written with the one after, both as of `as_of`.
PaymentEffect payment_effect(const Book& before, const Allocation& old_allocation,
                             const Book& after, const Allocation& new_allocation,
                             const std::string& customer, const std::string& currency, Date as_of);

}  // namespace arcollect
