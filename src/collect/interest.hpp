// Late-payment charges: statutory or contractual interest, fixed compensation and the late fee,
// per invoice, as of a date, with every period of the computation.
//
// UK (Late Payment of Commercial Debts (Interest) Act 1998): 8% over the Bank of England rate
// in force on 31 December (debts due January to June) or 30 June (July to December), fixed for
// the life of the debt. EU (Directive 2011/7/EU): 8% over the ECB main refinancing rate in
// force on 1 January or 1 July of each half-year the interest runs in. Simple interest, per day
// balance x rate / 365, from the day after the due date up to and including the as-of date; a
// payment lowers the balance from its own date. Statutory interest and compensation apply
// between businesses; a contractual [interest] rate replaces the statutory rate for everyone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/reason.hpp"

namespace arcollect {

enum class InterestBasis { statutory_uk, statutory_eu, contractual, none };

struct InterestPeriod {
  Date from{}, to{};  // both included
  int days = 0;
  std::int64_t balance = 0;
  std::int64_t rate = 0;               // a year, in millionths: 12.75% is 127,500
  std::optional<Date> reference_date;  // the central-bank rate's date, when statutory
  std::int64_t reference_rate = 0;     // in millionths
  bool reference_known = true;         // false: past what arcollect knows, the last known rate used
  std::int64_t interest = 0;           // rounded once per period
};

struct InvoiceCharges {
  std::size_t invoice = 0;
  InterestBasis basis = InterestBasis::none;
  std::int64_t balance = 0;  // on the as-of date
  std::vector<InterestPeriod> periods;
  std::int64_t interest = 0;               // the periods' sum
  std::int64_t daily = 0;                  // per day from the as-of date on, on its balance
  std::int64_t compensation = 0;           // fixed sum for the cost of recovery
  std::int64_t late_fee = 0;               // [defaults] late_fee, when a step charges it
  std::vector<Reason> notes;               // e.g. a rate past what arcollect knows
  std::optional<std::size_t> broken_plan;  // the plan that waived them, until it broke
  std::optional<std::size_t> waived_by;    // the live plan that waives them while kept
};

// The charges on the customer's open invoices that are past due on the state's day. Those of an
// invoice under a live plan are waived while the plan is kept (`waived_by`: nothing claims
// them); once the plan breaks, they run from the original due date again and `broken_plan`
// says so.
std::vector<InvoiceCharges> invoice_charges(const AccountState& state, std::size_t customer);

struct CustomerCharges {
  std::size_t customer = 0;
  std::vector<InvoiceCharges> invoices;
};

struct ChargesReport {
  Date as_of{};
  InterestBasis basis = InterestBasis::none;  // what the charges rest on: the law or a contract
  std::int64_t contractual_rate = 0;          // in millionths, as written: a month or a year
  InterestSettings::Per per = InterestSettings::Per::year;
  std::string source;  // where the reference rates come from; "" when none is used
  std::vector<CustomerCharges> customers;  // those with charges, by id
};

// Every customer's charges, or one customer's (`only` its id), or one invoice's (its id).
ChargesReport charges_report(const AccountState& state, const std::string& only);

// The UK Act's reference date for a debt due on `due`.
Date uk_reference_date(Date due);

std::string_view basis_name(InterestBasis basis);

}  // namespace arcollect
