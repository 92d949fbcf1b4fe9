// When two recorded payments are one payment recorded twice: the one rule that `pay` refuses
// by and `check` warns by.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/book.hpp"
#include "ledger/diagnostic.hpp"

namespace arcollect {

// A payment or credit note as it was recorded: the records of one file that share kind,
// customer, date, currency and ref, added up. `pay` splits one payment over the invoices it
// names, so its records are one payment only together. Which invoices it names is no part of
// it: the same money keyed in once with --invoice and once without is still one payment.
struct RecordedPayment {
  PaymentKind kind = PaymentKind::payment;
  std::string customer;
  Date date{};
  std::string currency;
  std::int64_t minor = 0;
  std::string ref;
  std::size_t first = 0;  // index into Book::payments of its first record
};

// The ledger's payments grouped as recorded, in ledger order.
std::vector<RecordedPayment> recorded_payments(const Book& book);

// The recorded payment that `candidate` repeats (same kind, customer, date, amount, currency
// and ref), if there is one.
std::optional<RecordedPayment> same_payment(const Book& book, const RecordedPayment& candidate);

// The record that already carries `bank_id`, if any (bank_id is the bank's own transaction id).
std::optional<std::size_t> payment_with_bank_id(const Book& book, const std::string& bank_id);

// A bank_id on records of two files (or copied whole within one) is an error: one bank
// transaction recorded twice. A recorded payment that repeats an earlier one is a warning (a
// likely duplicate), looked for only when `amounts_reliable`. The later one is named, with where
// the first one is.
void note_duplicate_payments(const Book& book, bool amounts_reliable,
                             std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
