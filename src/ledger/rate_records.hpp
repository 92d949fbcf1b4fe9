// The central-bank rates a ledger records ([[rate]], written by `arcollect rates add`). Two
// records of one series and day that disagree (two clones, each adding what it read) leave
// interest resting on whichever is read last, so the loader refuses them.
#pragma once

#include <vector>

#include "ledger/book.hpp"
#include "ledger/diagnostic.hpp"

namespace arcollect {

// An error for each record that gives another rate than an earlier one of its series and day.
void check_rate_records(const Book& book, std::vector<Diagnostic>& out);

// The record of `series` from `from`, if the ledger has one (the first, in ledger order).
const RateRecord* recorded_rate(const Book& book, RateSeries series, Date from);

}  // namespace arcollect
