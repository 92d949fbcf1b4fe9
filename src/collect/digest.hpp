// The morning digest: what `due --format eml` mails to the user from cron. Today's agenda, what
// is owed by age, and what changed since the previous working day's digest. Each day between
// two working days falls in exactly one digest's window, [since, today), so a change is told at
// most once when the digest runs every working day (not at all if nothing was due that day, and
// so nothing was mailed).
#pragma once

#include <cstdint>
#include <vector>

#include "collect/agenda.hpp"
#include "collect/aging.hpp"

namespace arcollect {

struct DigestPromise {
  std::size_t customer = 0;
  Reason reason;  // a promise_broken reason: who promised what by when, and what was paid
};

struct DigestInvoice {
  std::size_t invoice = 0;
  Money owed;  // its balance today
};

struct Digest {
  Date today{};
  Date since{};  // the previous working day
  Agenda agenda;
  AgingReport aging;           // per customer, with the ledger's buckets and basis
  std::vector<Money> overdue;  // per currency, as aging orders them: open and past due
  // Invoices that fell overdue in the window (due on a day in it), by due date.
  std::vector<DigestInvoice> newly_overdue;
  // Promises whose deadline passed in the window without the money.
  std::vector<DigestPromise> broken_promises;
  // Payments (not credit notes) dated in the window, by date.
  std::vector<std::size_t> payments;
};

// The digest for the state's day; `upcoming_days` as `due --upcoming`.
Digest build_digest(const AccountState& state, int upcoming_days);

}  // namespace arcollect
