// Expected cash-in, week by week. Each open invoice gets one expected date, taken from the
// first of these that applies:
//
//   plan     a live payment plan covering it: the installment that completes it
//   promise  the customer's latest promise, still pending, when it covers the invoice: with an
//            amount, what is left of it pays the invoices it covers, oldest due first, each
//            that it can pay in full
//   history  its due date plus the customer's usual lateness (the amount-weighted average
//            over its settled invoices), moved to the next pay run when the customer has one
//   terms    no history yet: its due date, moved to the next pay run likewise
//
// History also gives an early and a late date, from the customer's earliest and latest
// settlement relative to the due date; plans and promises are single dates. A date already
// past counts as today. Invoices in dispute, and those past due by the day of the ladder's
// agency step (or named in a contact that logged it), are at risk and counted apart.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/reason.hpp"

namespace arcollect {

enum class ExpectedFrom { plan, promise, history, terms };

struct ForecastItem {
  std::size_t invoice = 0;  // index into Book::invoices
  std::int64_t balance = 0;
  ExpectedFrom basis = ExpectedFrom::terms;
  bool pay_run = false;  // moved to the customer's pay run
  Date expected{}, early{}, late{};
  std::optional<Reason> at_risk;  // why it is at risk; none when it is not
  std::optional<int> week;        // 0-based; weeks count for after the last week; none at risk
};

struct ForecastWeek {
  Date from{}, to{};  // `to` is unset for the weeks after the horizon
  std::int64_t expected = 0;
  std::int64_t low = 0;   // early and late date both in the week
  std::int64_t high = 0;  // early to late touches the week
};

struct ForecastBlock {
  std::string currency;
  std::vector<ForecastWeek> weeks;
  ForecastWeek later;  // after the last week
  std::int64_t at_risk = 0;
  std::int64_t outstanding = 0;     // every open invoice: the weeks, later and at risk add up to it
  std::vector<ForecastItem> items;  // by expected date, then invoice
};

struct ForecastSpec {
  Date today{};
  int weeks = 13;
  std::string customer;  // empty: every customer
};

struct ForecastReport {
  Date as_of{};
  int weeks = 0;
  std::vector<ForecastBlock> blocks;  // the business currency first, then by code
};

// As of the state's day (spec.today).
ForecastReport forecast_report(const AccountState& state, const ForecastSpec& spec);

std::string_view expected_from_name(ExpectedFrom basis);

}  // namespace arcollect
