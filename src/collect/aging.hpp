// Aged receivables: what each customer (or invoice) owes on a date, by how overdue it is.
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"

namespace arcollect {

enum class AgingGroup { customer, invoice };

struct AgingSpec {
  AgingBasis basis = AgingBasis::due;
  AgingGroup by = AgingGroup::customer;
  std::vector<int> buckets = {30, 60, 90};
  std::string customer;  // empty: every customer
  int min_days = INT_MIN;
};

// An age bucket in days past the basis date: "current" has no `from` (not yet due) and ends
// at 0; the last has no `to`.
struct AgeRange {
  std::optional<int> from, to;
};

struct AgingRow {
  std::string customer;
  std::string name;
  std::string invoice;     // invoice rows only
  Date issued{}, due{};    // invoice rows only
  int days = 0;            // days past the basis date; a customer's oldest open invoice
  std::size_t bucket = 0;  // invoice rows: index into AgingReport::labels
  std::vector<std::int64_t> buckets;
  std::int64_t total = 0;
  std::int64_t amount = 0, paid = 0;  // invoice rows only
  std::int64_t disputed = 0;          // the part of total in dispute
  std::int64_t credit = 0;            // customer rows: unapplied credit
  std::string dispute;                // invoice rows: why
};

struct AgingBlock {
  std::string currency;
  std::vector<AgingRow> rows;
  std::vector<std::int64_t> buckets;
  std::int64_t total = 0, disputed = 0, credit = 0;
};

struct AgingReport {
  Date as_of{};
  AgingBasis basis = AgingBasis::due;
  AgingGroup by = AgingGroup::customer;
  std::vector<std::string> labels;  // "current", "1-30", ..., "90+"
  std::vector<AgeRange> ranges;     // the same buckets as days
  std::vector<AgingBlock> blocks;   // the business currency first, then by code
};

std::vector<std::string> bucket_labels(const std::vector<int>& buckets);
std::vector<AgeRange> age_ranges(const std::vector<int>& buckets);

// Index into bucket_labels() for an invoice `days` past its basis date.
std::size_t bucket_index(int days, const std::vector<int>& buckets);

// What is owed on the state's day.
AgingReport aging_report(const AccountState& state, const AgingSpec& spec);

}  // namespace arcollect
