// The rate histories arcollect ships: the central banks' reference rates (boe, ecb, bbk,
// oenb) here, and the whole statutory rates some states publish (nl, es, be) in
// published_rates.cpp. Each figure's source is in the comments, or on the figure itself.
#include "collect/published_rates.hpp"
#include "collect/rates.hpp"

namespace arcollect {

namespace {

Date d(int y, unsigned m, unsigned day) {
  return make_date(y, m, day);
}

// The published tables are in whole basis points (hundredths of a percent).
std::vector<RateChange> in_basis_points(std::initializer_list<std::pair<Date, int>> table) {
  std::vector<RateChange> changes;
  for (const auto& [from, bp] : table)
    changes.push_back({from, std::int64_t{bp} * 100, "", {}, RateOrigin::published});
  return changes;
}

const RateHistory& bank_of_england() {
  // Bank of England, "Official Bank Rate history" (Bank Rate database, series IUDBEDR),
  // changes since 2009. Cut to 3.75% on 18 December 2025
  // (bankofengland.co.uk/monetary-policy-summary-and-minutes/2025/december-2025), then held at
  // every decision of 2026 found: 5 February, 19 March, 30 April, 18 June, 30 July and
  // 17 September (.../2026/february-2026, march-2026, april-2026, june-2026, july-2026,
  // september-2026). The next decision was due on 5 November 2026
  // (bankofengland.co.uk/monetary-policy/upcoming-mpc-dates), so the rate is known up to the
  // day before. A Bank Rate change takes effect the day it is announced.
  static const RateHistory history{
      RateSeries::boe, "Bank of England Bank Rate",
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
      d(2026, 11, 4)};
  return history;
}

const RateHistory& ecb_refinancing() {
  // European Central Bank, "Key ECB interest rates", main refinancing operations (fixed rate
  // tenders), changes since 2016, each from the day it took effect (the Wednesday after the
  // decision). Held at 2.15% on 18 December 2025, 5 February, 19 March and 30 April 2026;
  // raised to 2.40% with effect from 17 June 2026 (press release ecb.mp260611), held on
  // 23 July, raised to 2.65% with effect from 16 September 2026 (ecb.mp260910), all at
  // ecb.europa.eu/press/pr/date/2026/html/. The next decision was due on 29 October 2026
  // (ecb.europa.eu/press/calendars/mgcgc), and could take effect on 4 November at the
  // earliest, so the rate is known up to 3 November.
  static const RateHistory history{
      RateSeries::ecb, "ECB main refinancing operations rate",
      "European Central Bank, Key ECB interest rates (ecb.europa.eu)",
      in_basis_points({{d(2016, 3, 16), 0},   {d(2022, 7, 27), 50},   {d(2022, 9, 14), 125},
                       {d(2022, 11, 2), 200}, {d(2022, 12, 21), 250}, {d(2023, 2, 8), 300},
                       {d(2023, 3, 22), 350}, {d(2023, 5, 10), 375},  {d(2023, 6, 21), 400},
                       {d(2023, 8, 2), 425},  {d(2023, 9, 20), 450},  {d(2024, 6, 12), 425},
                       {d(2024, 9, 18), 365}, {d(2024, 10, 23), 340}, {d(2024, 12, 18), 315},
                       {d(2025, 2, 5), 290},  {d(2025, 3, 12), 265},  {d(2025, 4, 23), 240},
                       {d(2025, 6, 11), 215}, {d(2026, 6, 17), 240},  {d(2026, 9, 16), 265}}),
      d(2026, 11, 3)};
  return history;
}

const RateHistory& bundesbank_basis() {
  // Deutsche Bundesbank, Basiszinssatz nach § 247 BGB (bundesbank.de, published in the
  // Bundesanzeiger), which changes only on 1 January and 1 July by as much as the ECB's rate
  // for its latest main refinancing operation before that day has moved since the last change:
  // -0.88% from 1 July 2016 to 31 December 2022 (Haufe commentary on § 247); 1.62% from
  // 1 January 2023 (BAnz AT 28.12.2022 B5); 3.12% from 1 July 2023; 3.62% from 1 January 2024;
  // 2.27% from 1 January 2025 and 1.27% from 1 July 2025 (iww.de, "Basiszinssatz sinkt zum
  // 1.7.25 auf 1,27 Prozent"), unchanged on 1 January 2026 (BAnz, 24 December 2025). Two
  // figures are derived by § 247 from the ECB table, as arcollect rates shows: 3.37% from
  // 1 July 2024 (the June 2024 cut of 0.25 points) and 1.52% from 1 July 2026 (the rise to
  // 2.40% from 17 June 2026). A figure holds to the end of its half-year.
  static const RateHistory history = [] {
    RateHistory h{RateSeries::bbk, "Bundesbank Basiszinssatz (§ 247 BGB)",
                  "Deutsche Bundesbank, Basiszinssatz (bundesbank.de; Bundesanzeiger)",
                  in_basis_points({{d(2016, 7, 1), -88},
                                   {d(2023, 1, 1), 162},
                                   {d(2023, 7, 1), 312},
                                   {d(2024, 1, 1), 362},
                                   {d(2024, 7, 1), 337},
                                   {d(2025, 1, 1), 227},
                                   {d(2025, 7, 1), 127},
                                   {d(2026, 7, 1), 152}}),
                  d(2026, 12, 31)};
    for (RateChange& change : h.changes)
      if (change.from == d(2024, 7, 1) || change.from == d(2026, 7, 1))
        change = {change.from,
                  change.millionths,
                  "derived by § 247 BGB from the ECB rate",
                  {},
                  RateOrigin::derived};
    return h;
  }();
  return history;
}

const RateHistory& oenb_basis() {
  // Oesterreichische Nationalbank, Basiszinssatz (oenb.at, "Basis- und Referenzzinssätze"),
  // which follows the ECB's main refinancing rate from the day it changes, but only once the
  // changes since its last change add up to half a point or more (1. Euro-Justiz-
  // Begleitgesetz, Art. I § 1): -0.62% from 16 March 2016 (OeNB press release of 11 March
  // 2016); 1.88% from 21 December 2022 and 2.88% from 22 March 2023 (solidbau.at); 3.38% and
  // 3.88% from 20 September 2023 (OeNB via APA-OTS, 14 September 2023); unchanged by the June
  // 2024 cut (WKO: 3.88% on 1 July 2024); 3.03% from 18 September 2024 (APA-OTS); 2.53% from
  // 18 December 2024 (OeNB notice at evi.gv.at); 2.03% from 12 March 2025; 1.53% from 11 June
  // 2025. Derived by that rule from the ECB table, as arcollect rates shows: -0.12%, 0.63%,
  // 1.38% (27 July, 14 September, 2 November 2022), 2.38% (8 February 2023), 3.38% from
  // 21 June 2023, and 2.03% from 16 September 2026 (2.15% to 2.65% since June 2025).
  static const RateHistory history = [] {
    RateHistory h{RateSeries::oenb, "OeNB Basiszinssatz",
                  "Oesterreichische Nationalbank, Basis- und Referenzzinssätze (oenb.at)",
                  in_basis_points({{d(2016, 3, 16), -62},
                                   {d(2022, 7, 27), -12},
                                   {d(2022, 9, 14), 63},
                                   {d(2022, 11, 2), 138},
                                   {d(2022, 12, 21), 188},
                                   {d(2023, 2, 8), 238},
                                   {d(2023, 3, 22), 288},
                                   {d(2023, 6, 21), 338},
                                   {d(2023, 9, 20), 388},
                                   {d(2024, 9, 18), 303},
                                   {d(2024, 12, 18), 253},
                                   {d(2025, 3, 12), 203},
                                   {d(2025, 6, 11), 153},
                                   {d(2026, 9, 16), 203}}),
                  ecb_refinancing().known_until};
    for (RateChange& change : h.changes)
      for (Date derived : {d(2022, 7, 27), d(2022, 9, 14), d(2022, 11, 2), d(2023, 2, 8),
                           d(2023, 6, 21), d(2026, 9, 16)})
        if (change.from == derived)
          change = {change.from,
                    change.millionths,
                    "derived from the ECB rate by the OeNB's rule",
                    {},
                    RateOrigin::derived};
    return h;
  }();
  return history;
}

}  // namespace

const RateHistory& shipped_history(RateSeries series) {
  switch (series) {
    case RateSeries::boe:
      return bank_of_england();
    case RateSeries::ecb:
      return ecb_refinancing();
    case RateSeries::bbk:
      return bundesbank_basis();
    case RateSeries::oenb:
      return oenb_basis();
    case RateSeries::nl:
    case RateSeries::es:
    case RateSeries::be:
      return published_statutory_rates(series);
  }
  return ecb_refinancing();
}

}  // namespace arcollect
