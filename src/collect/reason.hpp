// Why the agenda lists something, as data: a kind and the facts it rests on (ids, amounts,
// dates, days). render/reason words it; JSON carries the facts as well as the words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ledger/date.hpp"
#include "ledger/money.hpp"

namespace arcollect {

enum class ReasonKind {
  // Actions.
  overdue,               // invoice, days past due (0: due today; negative: due in)
  first_invoice_call,    // the pre-due step as a call: the customer's first invoice
  large_invoice_call,    // ... or an invoice of [due] courtesy_call_over or more
  repeat,                // step, days: a step repeated every so many days
  promise_broken,        // who, date (promised by), made; with an amount: amount, paid
  plan_broken,           // plan, amount and date of the installment missed
  missed_pay_run,        // invoice, due, date (the pay run)
  installment_reminder,  // plan, amount and date of the installment
  over_credit_limit,     // limit, over
  hold_step,             // the ladder reached its hold step
  disputed,              // text: the reasons given, "; " between them
  // A forecast's invoices at risk.
  referred_to_agency,  // date: when an agency step was logged
  at_agency_age,       // days past due, count: the agency step's day
  // What put a customer in its segment.
  owes_over_limit,     // amount owed, limit
  promises_broken,     // count
  invoice_past_due,    // days
  few_invoices_due,    // count
  days_late_average,   // late (tenths of a day)
  paid_on_time_share,  // on_time (tenths of a percent)
  a_promise_broken,    //
  pays_on_time,        // on_time, late
  // Notes on late-payment charges.
  no_statutory_for_individual,    // statutory charges apply between businesses only
  rate_past_known,                // text: the rate series' name, series its id; date:
                                  // reference; due: known up to; rate, made: the last known
                                  // rate, used, and the day it took effect
  compensation_in_sterling_only,  // text: the invoice's currency
  compensation_in_euro_only,      //
  // Upcoming.
  pause_ends,             // text: the pause's reason, if any
  promise_falls_due,      // date promised
  pay_run_passes,         // date of the pay run
  step_falls_due,         // step
  step_again,             // step
  installment_falls_due,  // plan, amount, count of `of`
  installment_notice,     // plan, amount and date of the installment
  plan_breaks,            // plan, amount and date of the late installment
};

struct Reason {
  Reason() = default;
  Reason(ReasonKind k) : kind(k) {}  // NOLINT: a reason is first of all its kind

  ReasonKind kind = ReasonKind::overdue;
  std::string invoice, step, plan, who, text, series;
  std::optional<Money> amount, paid, limit, over;
  std::optional<Date> date, due, made;
  int days = 0, count = 0, of = 0;
  std::optional<std::int64_t> late, on_time;  // tenths: days late, percent paid on time
  std::optional<std::int64_t> rate;           // a year, in millionths

  friend bool operator==(const Reason&, const Reason&) = default;
};

std::string_view reason_kind_name(ReasonKind kind);

}  // namespace arcollect
