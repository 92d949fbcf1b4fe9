// Which invoices are in dispute on a date: those with a `dispute` field and those a contact
// with outcome "dispute" named (or all the customer's invoices then, when it named none),
// until a later contact with outcome "resolved" names them (or names none).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "ledger/book.hpp"

namespace arcollect {

struct Disputes {
  std::vector<bool> disputed;                           // per invoice
  std::unordered_map<std::size_t, std::string> reason;  // per disputed invoice
};

Disputes find_disputes(const Book& book, Date as_of);

}  // namespace arcollect
