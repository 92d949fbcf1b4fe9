// What `arcollect rates` prints: each central-bank rate history in use, where each figure came
// from and up to when it is known; and what `rates add` prints about the rate it recorded.
#pragma once

#include <string>
#include <vector>

#include "collect/rates.hpp"
#include "ledger/book.hpp"
#include "render/record_file.hpp"

namespace arcollect {

struct RatesShown {
  RateHistory history;
  bool statutory = false;  // the ledger's statutory interest rests on it
};

std::string rates_text(const Book& book, const std::vector<RatesShown>& shown, bool color);
JsonObject rates_json(const Book& book, const std::vector<RatesShown>& shown);

// "Recorded PATH" (or "Would write PATH"), the rate, and the day up to which the series is now
// known.
std::string rate_added_text(const RateRecord& rate, const RateHistory& now, const RecordFile& file);
// `files`: none when the rate was recorded already.
JsonObject rate_added_json(const RateRecord& rate, const RateHistory& now,
                           const std::vector<RecordFile>& files);

}  // namespace arcollect
