#include "collect/rates.hpp"

namespace arcollect {

namespace {

Date d(int y, unsigned m, unsigned day) {
  return make_date(y, m, day);
}

// The published tables are in whole basis points (hundredths of a percent).
std::vector<RateChange> in_basis_points(std::initializer_list<std::pair<Date, int>> table) {
  std::vector<RateChange> changes;
  for (const auto& [from, bp] : table) changes.push_back({from, std::int64_t{bp} * 100});
  return changes;
}

}  // namespace

const RateHistory& bank_of_england_rate() {
  // Bank of England, "Official Bank Rate history" (Bank Rate database, series IUDBEDR),
  // changes since 2009. Held at 3.75% on 5 February 2026; the next decision was due on
  // 19 March 2026, so the rate is known up to the day before.
  static const RateHistory history{
      "Bank of England Bank Rate",
      "Bank of England, Official Bank Rate history (bankofengland.co.uk, series IUDBEDR)",
      in_basis_points({{d(2009, 3, 5), 50},   {d(2016, 8, 4), 25},   {d(2017, 11, 2), 50},
                       {d(2018, 8, 2), 75},   {d(2020, 3, 11), 25},  {d(2020, 3, 19), 10},
                       {d(2021, 12, 16), 25}, {d(2022, 2, 3), 50},   {d(2022, 3, 17), 75},
                       {d(2022, 5, 5), 100},  {d(2022, 6, 16), 125}, {d(2022, 8, 4), 175},
                       {d(2022, 9, 22), 225}, {d(2022, 11, 3), 300}, {d(2022, 12, 15), 350},
                       {d(2023, 2, 2), 400},  {d(2023, 3, 23), 425}, {d(2023, 5, 11), 450},
                       {d(2023, 6, 22), 500}, {d(2023, 8, 3), 525},  {d(2024, 8, 1), 500},
                       {d(2024, 11, 7), 475}, {d(2025, 2, 6), 450},  {d(2025, 5, 8), 425},
                       {d(2025, 8, 7), 400},  {d(2025, 12, 18), 375}}),
      d(2026, 3, 18)};
  return history;
}

const RateHistory& ecb_refinancing_rate() {
  // European Central Bank, "Key ECB interest rates", main refinancing operations (fixed rate
  // tenders), changes since 2016. Held at 2.15% on 18 December 2025, the last meeting of 2025.
  static const RateHistory history{"ECB main refinancing operations rate",
                                   "European Central Bank, Key ECB interest rates (ecb.europa.eu)",
                                   in_basis_points({{d(2016, 3, 16), 0},
                                                    {d(2022, 7, 27), 50},
                                                    {d(2022, 9, 14), 125},
                                                    {d(2022, 11, 2), 200},
                                                    {d(2022, 12, 21), 250},
                                                    {d(2023, 2, 8), 300},
                                                    {d(2023, 3, 22), 350},
                                                    {d(2023, 5, 10), 375},
                                                    {d(2023, 6, 21), 400},
                                                    {d(2023, 8, 2), 425},
                                                    {d(2023, 9, 20), 450},
                                                    {d(2024, 6, 12), 425},
                                                    {d(2024, 9, 18), 365},
                                                    {d(2024, 10, 23), 340},
                                                    {d(2024, 12, 18), 315},
                                                    {d(2025, 2, 5), 290},
                                                    {d(2025, 3, 12), 265},
                                                    {d(2025, 4, 23), 240},
                                                    {d(2025, 6, 11), 215}}),
                                   d(2026, 1, 1)};
  return history;
}

std::optional<RateLookup> rate_on(const RateHistory& history, Date day) {
  std::optional<RateLookup> found;
  for (const auto& change : history.changes)
    if (change.from <= day) found = RateLookup{change.millionths, true};
  if (found) found->known = day <= history.known_until;
  return found;
}

}  // namespace arcollect

#include <algorithm>

#include "ledger/settings.hpp"

namespace arcollect {

std::optional<RateHistory> statutory_history(const Settings& settings) {
  if (settings.business.jurisdiction == Jurisdiction::none) return std::nullopt;
  RateHistory history = settings.business.jurisdiction == Jurisdiction::uk ? bank_of_england_rate()
                                                                           : ecb_refinancing_rate();
  for (const auto& extra : settings.interest.base_rates) {
    std::erase_if(history.changes, [&](const RateChange& c) { return c.from >= extra.from; });
    history.changes.push_back({extra.from, to_minor(extra.percent, 4).value_or(0)});
    history.known_until = std::max(history.known_until, extra.from);
  }
  if (settings.interest.rates_known_until)
    history.known_until = std::max(history.known_until, *settings.interest.rates_known_until);
  if (!settings.interest.base_rates.empty()) history.source += ", extended in arcollect.toml";
  return history;
}

}  // namespace arcollect
