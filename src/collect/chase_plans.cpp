// Payment plans on the agenda: installments coming up, late, or broken.

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
    // The next installment, which each reason below is about.
    auto about = [&](ReasonKind kind) {
      Reason why{kind};
      why.plan = plan.id;
      why.amount = next.amount;
      why.date = next.due;
      return why;
    };
    if (status.state == PlanState::broken) {
      if (!contacted_since(*status.broken_on, covered))
        broken_plan_ = about(ReasonKind::plan_broken);
      continue;  // its invoices rejoin the chase
    }
    if (status.state == PlanState::late) {
      upcoming(add_days(next.due, due_.plan_grace_days + 1), UpcomingKind::plan_breaks,
               about(ReasonKind::plan_breaks));
      continue;
    }
    for (std::size_t i = *status.next; i < plan.installments.size(); ++i) {
      const Installment& item = plan.installments[i];
      if (i == *status.next && item.due <= today_) continue;
      Reason why{ReasonKind::installment_falls_due};
      why.plan = plan.id;
      why.amount = item.amount;
      why.count = static_cast<int>(i + 1);
      why.of = static_cast<int>(plan.installments.size());
      upcoming(item.due, UpcomingKind::installment, why);
    }
    Date notice = add_days(next.due, -due_.plan_notice_days);
    if (today_ < notice) {
      upcoming(notice, UpcomingKind::plan_notice, about(ReasonKind::installment_notice));
    } else if (!contacted_since(notice, covered)) {
      AgendaAction a = action(ActionKind::plan_reminder, AgendaGroup::emails, covered);
      address(a, LadderAction::email, "ap");
      a.group = group_of(a.channel);
      a.step = std::string(kInstallmentStep);
      a.reason = about(ReasonKind::installment_reminder);
      agenda_.actions.push_back(std::move(a));
      acted_ = true;
    }
  }
}

}  // namespace arcollect
