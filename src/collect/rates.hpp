// Central-bank rate histories behind statutory late-payment interest, shipped as data with
// their sources, and extendable from arcollect.toml.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/date.hpp"
#include "ledger/records.hpp"

namespace arcollect {

struct Book;

// Where a figure comes from.
enum class RateOrigin {
  published,  // shipped with arcollect, as the bank or the state published it
  derived,    // shipped, worked out by the law's own rule where no publication was found
  settings,   // [interest] base_rates in arcollect.toml
  ledger,     // a [[rate]] record (arcollect rates add)
};

// Rates are held in millionths (of one): 4.75% is 47,500; a percentage with up to four
// decimals is exact.
struct RateChange {
  Date from{};
  std::int64_t millionths = 0;
  std::string source;  // where this figure comes from, when not from the history's own source
  std::optional<SourcePos> recorded;  // the ledger's [[rate]] that gave it
  RateOrigin origin = RateOrigin::published;
};

struct RateHistory {
  RateSeries series = RateSeries::boe;
  std::string name;                 // "Bank of England Bank Rate"
  std::string source;               // where the shipped figures come from
  std::vector<RateChange> changes;  // by date
  Date known_until{};               // the rate is known to be in force up to this day
  // Each figure is the whole statutory rate of a half-year, margin included (nl, es, be),
  // rather than a reference rate the law adds a margin to.
  bool whole_rate = false;
};

// The histories as arcollect ships them.
const RateHistory& shipped_history(RateSeries series);
inline const RateHistory& bank_of_england_rate() {
  return shipped_history(RateSeries::boe);
}
inline const RateHistory& ecb_refinancing_rate() {
  return shipped_history(RateSeries::ecb);
}

// The history in use: the shipped one, extended by the ledger's [[rate]] records (a record
// replaces a shipped change of the same day, and the rate is known at least up to the latest
// record) and, for the jurisdiction's own series, by [interest] base_rates and
// rates_known_until in arcollect.toml.
RateHistory rate_history(const Book& book, RateSeries series);

struct RateLookup {
  std::int64_t millionths = 0;
  Date from{};        // the change it comes from
  bool known = true;  // false: `day` is past known_until, and the last known rate was used
  RateOrigin origin = RateOrigin::published;
};

// The rate in force on `day`; none before the history's first change.
std::optional<RateLookup> rate_on(const RateHistory& history, Date day);

struct Settings;

// The series statutory interest rests on in the ledger's jurisdiction; none for "none".
std::optional<RateSeries> statutory_series(const Settings& settings);

// Its history in use (see rate_history).
std::optional<RateHistory> statutory_history(const Book& book);

}  // namespace arcollect
