// The dispute rule: which invoices are in dispute, and since when. An invoice with a `dispute`
// field is in dispute from the start; a contact with outcome "dispute" puts the invoices it
// names (or, naming none, all the customer's invoices issued by then) in dispute from its date,
// until a later contact with outcome "resolved" names them (or names none). Contacts are taken
// in date order. The payment rule (ledger/allocation) needs it: pooled money never pays an
// invoice on a day it is in dispute.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "ledger/book.hpp"

namespace arcollect {

struct DisputeChange {
  Date from{};  // Date::min() for a dispute field: from the start
  bool disputed = false;
  std::string reason;  // when disputed: the field, else the contact's note, else its date
};

// Per invoice of customer `c`, the changes of its dispute state up to `as_of`, in date order;
// an invoice with none was never in dispute.
std::unordered_map<std::size_t, std::vector<DisputeChange>> dispute_history(const Book& book,
                                                                            std::size_t c,
                                                                            Date as_of);

// Was the invoice with these changes in dispute on `day`?
bool disputed_on(const std::vector<DisputeChange>& changes, Date day);

struct Disputes {
  std::vector<bool> disputed;                           // per invoice
  std::unordered_map<std::size_t, std::string> reason;  // per disputed invoice
};

// Every invoice's dispute state on `as_of`.
Disputes find_disputes(const Book& book, Date as_of);

}  // namespace arcollect
