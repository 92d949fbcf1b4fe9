// A payment plan proposed for what a customer owes: the invoices it covers, their balance,
// the schedule, and the charges waived while it is kept.
#pragma once

#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/letter.hpp"
#include "collect/schedule.hpp"

namespace arcollect {

struct PlanProposal {
  std::size_t customer = 0;
  std::string id;
  Date agreed{};
  std::vector<std::size_t> invoices;  // oldest due first
  std::string currency;
  std::int64_t balance = 0;
  std::vector<ScheduledPayment> schedule;
  std::int64_t interest = 0, compensation = 0, late_fee = 0;  // the charges to date
  // Waived while the plan is kept (the default), or added to it as an invoice of their own.
  bool charges_added = false;
  std::string charges_invoice;  // its id, when added
  std::int64_t charges() const { return interest + compensation + late_fee; }
};

// The invoices a plan for customer `c` covers: `named` (each must still owe something), else
// its overdue invoices that can be chased (not disputed, not under a live plan). Throws
// PlanRefusal when there are none, or when they are in more than one currency.
std::vector<std::size_t> plan_invoices(const AccountState& state, std::size_t c,
                                       const std::vector<std::size_t>& named);

// A new plan id for the customer: CUSTOMER-YYYY-MM, then -2, -3, ... when taken.
std::string new_plan_id(const Book& book, std::size_t c, Date agreed);

// `spec.balance` is set from the invoices, with the charges when `add_charges`; throws
// PlanRefusal when no schedule can be made.
PlanProposal propose_plan(const AccountState& state, std::size_t c,
                          const std::vector<std::size_t>& invoices, ScheduleSpec spec,
                          bool add_charges = false);

// The invoice that puts a plan's added charges on the customer's account, described in words
// render/plan chooses.
Invoice charges_invoice(const Book& book, const PlanProposal& proposal, std::string description);

// The [[plan]] record of an accepted proposal.
Plan plan_record(const Book& book, const PlanProposal& proposal);

// The plan `plan` as recorded, in the shape of a proposal, so that its confirmation can be
// drafted again on any later day: what its invoices owe now, and its installments.
PlanProposal recorded_plan(const AccountState& state, std::size_t plan);

// The letter confirming a plan to the customer's accounts-payable contact: the schedule, and
// the charges waived while it is kept (or added to it).
Letter confirmation_letter(const AccountState& state, const PlanProposal& proposal);

}  // namespace arcollect
