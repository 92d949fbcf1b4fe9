#include "collect/plans.hpp"

#include "ledger/plan_progress.hpp"

namespace arcollect {

bool plan_is_live(PlanState state) {
  return state != PlanState::broken && state != PlanState::completed;
}

PlanStatus plan_status(const Book& book, const Allocation& allocation, std::size_t index,
                       Date as_of, int grace_days) {
  const Plan& plan = book.plans[index];
  PlanStatus status;
  status.plan = index;
  status.paid = plan_counts_from(plan) <= as_of ? allocation.plan_paid[index] : 0;
  bool settled = true;
  for (const auto& id : plan.invoices)
    if (auto it = book.invoice_index.find(id); it != book.invoice_index.end())
      settled = settled && allocation.settled[it->second].has_value();
  InstallmentProgress progress = installment_progress(plan, status.paid, as_of, grace_days);
  status.arrears = progress.arrears;
  status.next = progress.next;
  status.next_left = progress.next_left;
  if (settled) {
    status.state = PlanState::completed;
    status.next.reset();
    status.next_left = 0;
    return status;
  }
  // Every installment met and an invoice still open: what is left falls due with the last.
  if (!status.next && !plan.installments.empty()) {
    status.next = plan.installments.size() - 1;
    progress.breaks = add_days(plan.installments.back().due, grace_days + 1);
  }
  if (!status.next) return status;
  const Installment& next = plan.installments[*status.next];
  if (progress.breaks && as_of >= *progress.breaks) {
    status.state = PlanState::broken;
    status.broken_on = progress.breaks;
  } else if (as_of > next.due) {
    status.state = PlanState::late;
  } else if (as_of == next.due) {
    status.state = PlanState::due;
  }
  return status;
}

}  // namespace arcollect
