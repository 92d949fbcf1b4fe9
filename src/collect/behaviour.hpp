// How each customer has paid, from its whole history up to a date: how late, how often on
// time, whether that is getting better or worse, its promises and disputes, and what it owes
// against its credit limit. `segment` classifies customers by it; `forecast` projects from it.
//
// An invoice counts once it is due by the date: settled ones with the days from their due
// date to their settlement (negative when paid early), open ones with the days they are past
// due so far, except open ones in dispute. Averages are weighted by amount within each currency; a
// customer billed in several currencies gets each currency's average weighted by its number of
// invoices.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/kpi.hpp"

namespace arcollect {

enum class Trend { none, better, steady, worse };

struct Behaviour {
  std::size_t customer = 0;
  int invoices_due = 0;  // due by the date, settled or not
  int invoices_paid = 0;
  Tenths days_late;          // average; paying early counts as 0
  Tenths on_time_share;      // percent of the amount due that was paid by its due date
  Tenths recent_days_late;   // invoices due in the last kRecentDays
  Tenths earlier_days_late;  // those due before
  Trend trend = Trend::none;
  int promises = 0, promises_kept = 0, promises_broken = 0;
  int disputes = 0;                           // dispute fields and contacts with outcome "dispute"
  int oldest_past_due = 0;                    // days; the oldest open undisputed invoice, 0 if none
  std::optional<std::size_t> oldest_overdue;  // that invoice, when it is past due
  std::vector<Money> owed;                    // open balances, per currency
  std::int64_t exposure = 0;                  // open balance in the credit limit's currency
  std::optional<Money> credit_limit;
  // Settled invoices only, signed: the forecast's lateness and its spread, in whole days.
  std::optional<int> usual_lateness, earliest_lateness, latest_lateness;
};

constexpr int kRecentDays = 180;  // the trend compares the last 180 days with before
constexpr int kTrendDays = 7;     // a change of a week or more is a trend

// One per customer, in ledger order, as of the state's day.
std::vector<Behaviour> payment_behaviour(const AccountState& state);

}  // namespace arcollect
