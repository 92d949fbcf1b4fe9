#include "ledger/plan_progress.hpp"

namespace arcollect {

Date plan_counts_from(const Plan& plan) {
  return down_payment_in_plan(plan) ? plan.agreed : add_days(plan.agreed, 1);
}

InstallmentProgress installment_progress(const Plan& plan, std::int64_t paid, Date as_of,
                                         int grace_days) {
  InstallmentProgress progress;
  std::int64_t scheduled = 0;
  for (std::size_t i = 0; i < plan.installments.size(); ++i) {
    const Installment& item = plan.installments[i];
    scheduled += item.amount.minor;
    if (paid >= scheduled) continue;
    if (!progress.next) {
      progress.next = i;
      progress.next_left = scheduled - paid;
      progress.breaks = add_days(item.due, grace_days + 1);
    }
    if (item.due <= as_of) progress.arrears = scheduled - paid;
  }
  return progress;
}

bool plan_broken_on(const Plan& plan, std::int64_t paid, Date day, int grace_days) {
  InstallmentProgress progress = installment_progress(plan, paid, day, grace_days);
  return progress.breaks && day >= *progress.breaks;
}

}  // namespace arcollect
