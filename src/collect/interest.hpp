// Late-payment charges: statutory or contractual interest, fixed compensation and the late fee,
// per invoice, as of a date, with every period of the computation.
//
// Statutory interest follows the law of the customer's `jurisdiction`, else [business]
// jurisdiction, as its profile in collect/law sets it: the reference rate and the day that fixes
// it, the margin and its rounding, one rate for the debt or one per half-year, the day count,
// yearly capitalisation, the compensation and what changes for a consumer. Interest runs from
// the day after the due date up to and including the as-of date; a payment lowers the balance
// from its own date. Each period's interest is kept to a millionth of a cent, and the invoice's
// total rounded once; the periods show it split so that they add up to it. A contractual
// [interest] rate replaces the statutory rate for everyone, simple, per 365 days.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/reason.hpp"
#include "ledger/records.hpp"

namespace arcollect {

enum class InterestBasis { statutory, contractual, none };

struct InterestPeriod {
  Date from{}, to{};  // both included
  int days = 0;
  std::int64_t balance = 0;
  std::int64_t rate = 0;               // a year, in millionths: 12.75% is 127,500
  std::optional<Date> reference_date;  // the central-bank rate's date, when statutory
  std::int64_t reference_rate = 0;     // in millionths
  bool reference_known = true;         // false: past what arcollect knows, the last known rate used
  // The rate is the figure the state published for the half-year (LawProfile::published),
  // which may differ from what the formula makes of the reference rate.
  bool published = false;
  std::int64_t formula_rate = 0;  // reference plus margin, rounded as the law says
  int year_days = 365;            // the day count's year for these days: 365, or 366
  std::int64_t capitalised = 0;   // interest added to the balance on its first day (the Dutch rule)
  // Of a payment on its first day, what the law applied to the interest owed before the
  // principal (LawProfile::interest_first): that much more of the principal bears interest.
  // The invoice's interest still counts it, so the claim is the ledger's balance plus it.
  std::int64_t to_interest = 0;
  std::int64_t interest = 0;  // its share of the invoice's total, which is rounded once
};

struct InvoiceCharges {
  std::size_t invoice = 0;
  InterestBasis basis = InterestBasis::none;
  Jurisdiction law = Jurisdiction::none;  // when statutory
  bool consumer = false;                  // the law's rule for a consumer debtor applied
  std::int64_t balance = 0;               // on the as-of date
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
// The same, working in `scratch` (an empty_allocation of the book): for callers that go over
// many customers, so that each does not size an allocation to the whole book.
std::vector<InvoiceCharges> invoice_charges(const AccountState& state, std::size_t customer,
                                            Allocation& scratch);

struct CustomerCharges {
  std::size_t customer = 0;
  std::vector<InvoiceCharges> invoices;
};

struct ChargesReport {
  Date as_of{};
  InterestBasis basis = InterestBasis::none;  // what the charges rest on: the law or a contract
  std::int64_t contractual_rate = 0;          // in millionths, as written: a month or a year
  InterestSettings::Per per = InterestSettings::Per::year;
  std::vector<Jurisdiction> laws;          // those the charges shown rest on, the business's first
  std::vector<std::string> sources;        // where their reference rates come from
  std::vector<CustomerCharges> customers;  // those with charges, by id
};

// Every customer's charges, or one customer's (`only` its id), or one invoice's (its id).
ChargesReport charges_report(const AccountState& state, const std::string& only);

struct LawProfile;
// The day whose reference rate sets the rate for interest on a debt due on `due`, for a day
// `day` of the delay: the eve or first day of the half-year of `day`, or of the day after `due`
// when the law fixes one rate for the debt.
Date reference_date(const LawProfile& law, Date due, Date day);
// The half-year whose rate applies on `day`: that of `day`, or the one the debt became late in
// when the law fixes one rate for the debt. Its first day.
Date rate_half_year(const LawProfile& law, Date due, Date day);

// Does "reference rate on its day + margin" explain the period's statutory rate? Not when the
// rate is a figure the state published that the formula does not give, or gives only from a
// reference rate arcollect had to assume; nor without a reference rate (contractual interest).
bool formula_explains(const InterestPeriod& period);

// "statutory-de", "contractual", "none".
std::string basis_name(InterestBasis basis, Jurisdiction law);

}  // namespace arcollect
