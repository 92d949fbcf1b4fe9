// Payment plans on the agenda: installments coming up, late, or broken.
#include <fmt/format.h>

#include <algorithm>

#include "collect/customer_chase.hpp"

namespace arcollect {

void CustomerChase::check_plans() {
  for (std::size_t p : records_.plans) {
    const Plan& plan = book_.plans[p];
    const PlanStatus& status = state_.plans[p];
    std::vector<std::size_t> covered;
    for (const auto& id : plan.invoices)
      if (auto it = book_.invoice_index.find(id); it != book_.invoice_index.end())
        if (std::find(open_.begin(), open_.end(), it->second) != open_.end())
          covered.push_back(it->second);
    if (plan.agreed > today_ || status.state == PlanState::completed || covered.empty() ||
        !status.next)
      continue;
    const Installment& next = plan.installments[*status.next];
    const std::string installment = fmt::format("the installment of {} due {}",
                                                money_text(next.amount.minor, next.amount.currency),
                                                format_day_month(next.due));
    if (status.state == PlanState::broken) {
      if (!contacted_since(*status.broken_on, covered))
        broken_plan_ = fmt::format("plan {} broken: {} was missed", plan.id, installment);
      continue;  // its invoices rejoin the chase
    }
    if (status.state == PlanState::late) {
      upcoming(add_days(next.due, due_.plan_grace_days + 1), UpcomingKind::plan_breaks,
               fmt::format("plan {} breaks unless {} arrives", plan.id, installment));
      continue;
    }
    for (std::size_t i = *status.next; i < plan.installments.size(); ++i) {
      const Installment& item = plan.installments[i];
      if (i == *status.next && item.due <= today_) continue;
      upcoming(item.due, UpcomingKind::installment,
               fmt::format("installment {} of {}, {}, due under plan {}", i + 1,
                           plan.installments.size(),
                           money_text(item.amount.minor, item.amount.currency), plan.id));
    }
    Date notice = add_days(next.due, -due_.plan_notice_days);
    if (today_ < notice) {
      upcoming(notice, UpcomingKind::plan_notice,
               fmt::format("courtesy reminder of {} under plan {}", installment, plan.id));
    } else if (!contacted_since(notice, covered)) {
      AgendaAction a = action(ActionKind::plan_reminder, AgendaGroup::emails, covered);
      address(a, LadderAction::email, "ap");
      a.group = group_of(a.channel);
      a.step = std::string(kInstallmentStep);
      a.reason = fmt::format("courtesy reminder of {} under plan {}", installment, plan.id);
      agenda_.actions.push_back(std::move(a));
      acted_ = true;
    }
  }
}

}  // namespace arcollect
