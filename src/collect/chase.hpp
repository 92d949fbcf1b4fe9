// One customer's place on the escalation ladder, and what it calls for today.
#pragma once

#include <vector>

#include "collect/agenda.hpp"
#include "collect/disputes.hpp"
#include "collect/plans.hpp"
#include "ledger/allocation.hpp"

namespace arcollect {

struct ChaseContext {
  const Book& book;
  AgendaSpec spec;
  Allocation allocation;          // as of spec.today
  Disputes disputes;              // as of spec.today
  std::vector<PlanStatus> plans;  // per plan, as of spec.today
};

ChaseContext chase_context(const Book& book, const AgendaSpec& spec);

// Customer `c`'s open invoices that can be chased: neither disputed nor under a live plan.
std::vector<std::size_t> chaseable_invoices(const ChaseContext& context, std::size_t c);

// Appends customer `c`'s actions, upcoming items and hold to `agenda`.
void assess_customer(const ChaseContext& context, std::size_t c, Agenda& agenda);

}  // namespace arcollect
