// Which payments and credit notes paid which invoices, as of a date.
//
// The rule (documented in arcollect-ledger(5)): payments are taken in date order. One naming an
// invoice goes to that invoice; what it pays beyond the invoice's balance, and every payment
// naming none, join the customer's pool for that currency. The pool is spent earliest money
// first. Money dated while one of the customer's plans is live (agreed, and not broken by that
// day; see ledger/plan_progress) pays that plan's invoices first, in the order the plan lists
// them; then the customer's other open invoices, oldest due first. Pooled money never pays an
// invoice on a day it is in dispute (ledger/disputes): it waits, as credit, and pays it from the
// day the dispute is resolved. What is left is unapplied credit. An invoice is settled on the
// date of the last money applied to it (or of the resolution that let money pay it), or on its
// issue date when that money (credit) was there before it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/book.hpp"

namespace arcollect {

struct UnappliedCredit {
  std::size_t customer = 0;  // index into Book::customers
  std::string currency;
  std::int64_t minor = 0;
  std::size_t last_payment = 0;  // the payment that left it, for diagnostics
};

struct Allocation {
  std::vector<std::int64_t> paid;            // per invoice: minor units applied
  std::vector<std::optional<Date>> settled;  // per invoice: when it was paid in full
  std::vector<std::int64_t> excess;          // per payment: paid beyond the invoice it names
  std::vector<std::int64_t> plan_paid;       // per plan: money that reached its invoices
  std::vector<UnappliedCredit> credits;      // left over after paying every open invoice

  std::int64_t balance(const Book& book, std::size_t invoice) const {
    return book.invoices[invoice].amount.minor - paid[invoice];
  }
};

// An empty allocation sized for `book`, to be filled customer by customer.
Allocation empty_allocation(const Book& book);

// Whether pooled money waits out disputes (the payment rule), or pays as if none were open:
// only for telling whether a customer paid more than all its invoices come to.
enum class Disputed { wait, ignore };

// Allocates one customer's payments as of `as_of`: invoices issued later, payments dated later
// and contacts dated later (disputes) are left out.
void allocate_customer(const Book& book, std::size_t customer, Date as_of, Allocation& into,
                       Disputed disputed = Disputed::wait);

Allocation allocate(const Book& book, Date as_of, Disputed disputed = Disputed::wait);

}  // namespace arcollect
