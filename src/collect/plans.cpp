#include "collect/plans.hpp"

namespace arcollect {

PlanStatus plan_status(const Book& book, std::size_t index, Date as_of, int grace_days) {
  const Plan& plan = book.plans[index];
  PlanStatus status;
  status.plan = index;
  auto customer = book.customer_index.find(plan.customer);
  const Date counts_from = down_payment_in_plan(plan) ? plan.agreed : add_days(plan.agreed, 1);
  if (customer != book.customer_index.end()) {
    for (std::size_t p : book.by_customer[customer->second].payments) {
      const Payment& pay = book.payments[p];
      bool for_plan = pay.invoice.empty();
      for (const auto& id : plan.invoices) for_plan = for_plan || pay.invoice == id;
      if (for_plan && pay.date >= counts_from && pay.date <= as_of &&
          (plan.installments.empty() ||
           pay.amount.currency == plan.installments[0].amount.currency))
        status.paid += pay.amount.minor;
    }
  }
  std::int64_t scheduled = 0, covered = status.paid;
  for (std::size_t i = 0; i < plan.installments.size(); ++i) {
    const Installment& item = plan.installments[i];
    scheduled += item.amount.minor;
    if (covered >= scheduled) continue;
    if (!status.next) status.next = i;
    if (item.due <= as_of) status.arrears = scheduled - covered;
  }
  if (!status.next) {
    status.state = PlanState::completed;
    return status;
  }
  const Installment& next = plan.installments[*status.next];
  Date breaks = add_days(next.due, grace_days + 1);
  if (as_of >= breaks) {
    status.state = PlanState::broken;
    status.broken_on = breaks;
  } else if (as_of > next.due) {
    status.state = PlanState::late;
  } else if (as_of == next.due) {
    status.state = PlanState::due;
  }
  return status;
}

}  // namespace arcollect
