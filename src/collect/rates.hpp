// Central-bank rate histories behind statutory late-payment interest, shipped as data with
// their sources, and extendable from arcollect.toml.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/date.hpp"

namespace arcollect {

// Rates are held in millionths (of one): 4.75% is 47,500; a percentage with up to four
// decimals is exact.
struct RateChange {
  Date from{};
  std::int64_t millionths = 0;
};

struct RateHistory {
  std::string name;                 // "Bank of England Bank Rate"
  std::string source;               // where the figures come from
  std::vector<RateChange> changes;  // by date
  Date known_until{};               // the rate is known to be in force up to this day
};

const RateHistory& bank_of_england_rate();
const RateHistory& ecb_refinancing_rate();

struct RateLookup {
  std::int64_t millionths = 0;
  bool known = true;  // false: `day` is past known_until, and the last known rate was used
};

std::optional<RateLookup> rate_on(const RateHistory& history, Date day);

}  // namespace arcollect

namespace arcollect {

struct Settings;

// The history for the ledger's jurisdiction (none for "none"), extended by [interest]
// base_rates and rates_known_until.
std::optional<RateHistory> statutory_history(const Settings& settings);

}  // namespace arcollect
