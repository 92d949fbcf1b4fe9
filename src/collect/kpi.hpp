// Collection KPIs over a period, per currency (arcollect-kpi(1) gives each formula):
//
//   credit sales       invoices issued in the period (credit notes are listed apart and, like
//                      payments, lower the receivables)
//   receivables        open balances on a day, as `aging` shows them (disputed ones included)
//   DSO                receivables at the end / credit sales x days in the period
//   countback DSO      days of sales, counted back month by month from the end, that the
//                      receivables at the end stand for
//   best possible DSO  current (not yet past due) receivables / credit sales x days
//   days delinquent    DSO - best possible DSO (both as shown, to one decimal)
//   CEI                (receivables at the start + sales - receivables at the end) /
//                      (receivables at the start + sales - current receivables at the end) x 100
//   days to pay        over the invoices settled in the period, weighted by amount: settled -
//                      issued; days beyond terms: settled - due, 0 when paid on time
//
// Every figure is exact integer arithmetic, rounded once, half up, to tenths.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/book.hpp"

namespace arcollect {

struct KpiSpec {
  Date from{}, to{};  // both included
  bool by_month = false;
  std::string customer;  // empty: every customer
};

// A figure in tenths (73.7 days is 737), or none when what it divides by is zero.
using Tenths = std::optional<std::int64_t>;

struct KpiFigures {
  Date from{}, to{};
  int days = 0;
  std::int64_t sales = 0;              // invoices issued in the period
  std::int64_t collections = 0;        // payments dated in the period
  std::int64_t credit_notes = 0;       // credit notes dated in the period
  std::int64_t start_receivables = 0;  // at the end of the day before `from`
  std::int64_t receivables = 0;        // at the end of `to`
  std::int64_t current = 0;            // of which not yet past due
  std::int64_t over_90 = 0;            // of which more than 90 days past due
  Tenths dso, countback_dso, best_dso, days_delinquent, cei, over_90_share;
  int paid_invoices = 0;  // settled in the period
  Tenths days_to_pay, days_beyond_terms;
};

struct KpiBlock {
  std::string currency;
  KpiFigures period;
  std::vector<KpiFigures> months;  // with by_month: each calendar month of the period
};

struct KpiReport {
  Date from{}, to{};
  std::string customer;
  std::vector<KpiBlock> blocks;  // the business currency first, then by code
};

KpiReport kpi_report(const Book& book, const KpiSpec& spec);

// One month of credit sales for the countback: its sales and its days (a month still running
// counts the days up to the end of the period).
struct MonthSales {
  std::int64_t sales = 0;
  int days = 0;
};

// Countback DSO: from the latest month back, whole months while the receivables left exceed
// that month's sales, then the share of the month they reach. None when no month has sales.
Tenths countback_dso(std::int64_t receivables, const std::vector<MonthSales>& latest_first);

// numerator x factor / denominator in tenths, rounded half up (away from zero); none when the
// denominator is zero.
Tenths tenths_of(std::int64_t numerator, std::int64_t factor, std::int64_t denominator);

}  // namespace arcollect
