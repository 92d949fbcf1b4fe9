#include "collect/rates.hpp"

#include <algorithm>

#include "collect/law.hpp"
#include "ledger/book.hpp"
#include "ledger/settings.hpp"

namespace arcollect {

std::optional<RateLookup> rate_on(const RateHistory& history, Date day) {
  std::optional<RateLookup> found;
  for (const auto& change : history.changes)
    if (change.from <= day) found = RateLookup{change.millionths, change.from, true, change.origin};
  if (found) found->known = day <= history.known_until;
  return found;
}

RateHistory rate_history(const Book& book, RateSeries series) {
  RateHistory history = shipped_history(series);
  auto replace = [&](RateChange change) {
    std::erase_if(history.changes, [&](const RateChange& c) { return c.from == change.from; });
    auto at = std::upper_bound(history.changes.begin(), history.changes.end(), change.from,
                               [](Date day, const RateChange& c) { return day < c.from; });
    history.known_until = std::max(history.known_until, change.from);
    history.changes.insert(at, std::move(change));
  };
  const Settings& settings = book.settings;
  if (statutory_series(settings) == series) {
    // [interest] base_rates: a list in date order that, from its first date, is the history.
    for (const auto& extra : settings.interest.base_rates) {
      std::erase_if(history.changes, [&](const RateChange& c) { return c.from >= extra.from; });
      replace({extra.from,
               to_minor(extra.percent, 4).value_or(0),
               "arcollect.toml",
               {},
               RateOrigin::settings});
    }
    if (settings.interest.rates_known_until)
      history.known_until = std::max(history.known_until, *settings.interest.rates_known_until);
  }
  for (const RateRecord& record : book.rates)
    if (record.series == series)
      replace({record.from, record.millionths, record.source, record.pos, RateOrigin::ledger});
  return history;
}

std::optional<RateSeries> statutory_series(const Settings& settings) {
  if (const LawProfile* law = law_profile(settings.business.jurisdiction)) return law->series;
  return std::nullopt;
}

std::optional<RateHistory> statutory_history(const Book& book) {
  auto series = statutory_series(book.settings);
  if (!series) return std::nullopt;
  return rate_history(book, *series);
}

}  // namespace arcollect
