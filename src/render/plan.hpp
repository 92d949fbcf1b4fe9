// Payment plans: a proposal, and where recorded plans stand.
#pragma once

#include <string>
#include <vector>

#include "collect/plan_proposal.hpp"
#include "collect/plans.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string proposal_text(const Book& book, const PlanProposal& p, int grace_days);
JsonObject proposal_json(const Book& book, const PlanProposal& p);

std::string plan_status_text(const Book& book, const std::vector<PlanStatus>& plans, Date as_of,
                             bool color);
JsonObject plan_status_json(const Book& book, const std::vector<PlanStatus>& plans);

std::string_view plan_state_name(PlanState state);
// The state as documents spell it: "on-track", "installment-due", ...
std::string plan_state_key(PlanState state);

// Why no plan can be proposed, as the error message says it.
std::string plan_refusal_text(const PlanRefusal& refusal);

// The description of the invoice that adds a plan's charges to it.
std::string charges_invoice_description(const PlanProposal& proposal);

}  // namespace arcollect
