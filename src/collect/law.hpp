// Statutory late-payment interest as each country's law sets it, as data: one profile per
// jurisdiction, read by collect/interest, which has no rule of its own for any country. A new
// country is a new profile (law.cpp, with its sources) and its tests.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ledger/records.hpp"

namespace arcollect {

// Which day's reference rate counts. The half-year is January to June or July to December.
enum class RateFixing {
  debt,       // one rate for the whole delay, that of the half-year the debt became
              // late in (the day after it was due)
  half_year,  // each half-year the interest runs in, its own rate
};
enum class FixingDay {
  eve,    // the rate in force on the last day before the half-year (31 December, 30 June)
  first,  // the rate in force on its first day (1 January, 1 July)
};
enum class DayCount {
  actual_365,     // each day 1/365 of the yearly rate, in leap years too
  actual_actual,  // each day 1/365, or 1/366 in a leap year
};

// A fixed sum for the cost of recovery: `amount` for a debt up to `up_to` (inclusive or not);
// the last tier has no bound. Amounts in minor units of the profile's currency.
struct CompensationTier {
  std::optional<std::int64_t> up_to;
  bool up_to_included = false;
  std::int64_t amount = 0;
};

struct LawProfile {
  Jurisdiction code = Jurisdiction::none;
  std::string_view country{};  // "Germany"
  std::string_view law_en{};   // the statute as an English letter cites it ("under ...")
  std::string_view law_de{};   // as a German letter cites it ("nach ...")
  RateSeries series = RateSeries::ecb;
  std::string_view reference{};  // "the Basiszinssatz", as the interest report words it
  FixingDay fixing_day = FixingDay::first;
  RateFixing fixing = RateFixing::half_year;
  std::int64_t margin = 0;       // points over the reference, in millionths (8% is 80,000)
  std::int64_t round_up_to = 0;  // the rate rounded up to a multiple of this (BE: half a point)
  DayCount day_count = DayCount::actual_365;
  bool capitalised_yearly = false;  // unpaid interest joins the principal after each full year
  std::string_view currency{};      // of the compensation
  std::span<const CompensationTier> compensation{};
  // A consumer debtor (kind = "individual"): the margin the law sets then, without the
  // compensation; none where the law gives no statutory interest against a consumer.
  std::optional<std::int64_t> consumer_margin{};
  std::string_view consumer_law_en{}, consumer_law_de{};
  // The whole rate of each half-year as the state publishes it, where it does (nl, es, be):
  // that figure is the rate, and the formula above explains it.
  std::optional<RateSeries> published{};
  std::string_view reference_de{};  // the reference rate as a German letter names it
  // Where the civil code applies a part payment to the interest owed before the principal
  // (§ 367 BGB, art. 6:44 BW, ...), its citation; "" where the payment goes to the principal
  // (the common law: the invoice the debtor pays).
  std::string_view interest_first{};
};

struct Settings;

// The law a customer's contracts are under: its own `jurisdiction`, else [business]'s.
Jurisdiction customer_jurisdiction(const Settings& settings, const Customer& customer);

// The profile of `code`; none for Jurisdiction::none.
const LawProfile* law_profile(Jurisdiction code);

// Every profile, in the order jurisdiction_names() lists them.
std::span<const LawProfile> law_profiles();

// The compensation the profile gives for a debt of `amount` (minor units, in its currency).
std::int64_t compensation_for(const LawProfile& law, std::int64_t amount);

// The rate series the law rests on: its reference rate's, then its published rate's if any.
std::vector<RateSeries> law_series(const LawProfile& law);

// The points the law adds to the reference rate: the consumer's margin when `consumer`.
std::int64_t law_margin(const LawProfile& law, bool consumer);

// The rate a reference rate gives under the law: plus the margin (the consumer's when
// `consumer`), rounded up as the law says.
std::int64_t statutory_rate(const LawProfile& law, std::int64_t reference, bool consumer);

}  // namespace arcollect
