// The plan rule: how far a payment plan's installments are met.
//
// Money counts towards a plan when it reaches one of the plan's invoices, from a payment dated
// after the day the plan was agreed, or on that day when the first installment falls due then
// (a payment now, under the plan). That money meets the installments in order. The first one
// not fully met is the next; once its date plus the grace days has passed, the plan is broken.
// A plan is completed only when every invoice it covers is settled (collect/plans).
#pragma once

#include <cstdint>
#include <optional>

#include "ledger/records.hpp"

namespace arcollect {

// The first day whose payments count towards `plan`.
Date plan_counts_from(const Plan& plan);

struct InstallmentProgress {
  std::optional<std::size_t> next;  // the first installment not fully met
  std::int64_t next_left = 0;       // what is left of it
  std::int64_t arrears = 0;         // installments due by the date and not yet met
  std::optional<Date> breaks;       // when the next one, unmet, breaks the plan
};

// `paid`: the money that reached the plan's invoices by `as_of`.
InstallmentProgress installment_progress(const Plan& plan, std::int64_t paid, Date as_of,
                                         int grace_days);

// Is the plan broken on `day`, with `paid` reached by then?
bool plan_broken_on(const Plan& plan, std::int64_t paid, Date day, int grace_days);

}  // namespace arcollect
