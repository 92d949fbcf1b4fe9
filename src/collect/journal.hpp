// The receivables as double-entry transactions, for `arcollect export`: one per invoice,
// payment and credit note in a date range, and with a start date one per customer and currency
// for what was owed before it. Facts only: accounts are roles, amounts minor units; the words
// and the journal syntax are render/journal_*'s.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/book.hpp"

namespace arcollect {

enum class JournalKind { opening, invoice, credit, payment };

// Which [export] account a posting goes to; `receivable` has one sub-account per customer.
enum class JournalAccount { receivable, income, bank, credit_notes, opening };

struct JournalPosting {
  JournalAccount account = JournalAccount::receivable;
  std::int64_t minor = 0;  // debit positive, credit negative
};

struct JournalEntry {
  Date date{};
  JournalKind kind = JournalKind::invoice;
  std::string customer;  // its id: the receivable's sub-account
  std::string customer_name;
  std::string currency;                  // every posting's: a transaction is in one currency
  std::string invoice;                   // the invoice, or the one a payment or credit note names
  std::optional<Date> due;               // invoices
  std::string po;                        // invoices
  std::vector<std::string> plans;        // invoices: the plans that list it
  std::string description;               // invoices: description; credit notes: reason
  std::string ref, bank_id;              // payments and credit notes
  std::vector<JournalPosting> postings;  // they sum to zero
};

struct JournalSpec {
  std::optional<Date> from, to;  // inclusive; none: no bound
};

struct Journal {
  std::optional<Date> from, to;
  std::string business_currency;
  std::vector<JournalEntry> entries;  // by date; on one day openings, invoices, credits, payments
};

// The journal of `spec`'s range. Summed over its entries, each customer's receivable in each
// currency is what the customer owed at the end of the range: what `aging` shows as owed on
// that day less the customer's credit.
Journal journal(const Book& book, const JournalSpec& spec);

// The earliest date of an entry, or nothing when there is none.
std::optional<Date> first_date(const Journal& journal);

}  // namespace arcollect
