// Holds on an account: over the credit limit, paused, or in dispute.

#include <algorithm>

#include "collect/customer_chase.hpp"

namespace arcollect {

void CustomerChase::check_credit_limit() {
  if (!customer_.credit_limit) return;
  std::int64_t exposure = 0;
  Date newest{};
  for (std::size_t i : open_) {
    const Invoice& inv = book_.invoices[i];
    if (inv.amount.currency != customer_.credit_limit->currency) continue;
    exposure += balance(i);
    newest = std::max(newest, inv.issued);
  }
  std::int64_t over = exposure - customer_.credit_limit->minor;
  if (over <= 0) return;
  const std::string& cur = customer_.credit_limit->currency;
  Reason reason{ReasonKind::over_credit_limit};
  reason.limit = customer_.credit_limit;
  reason.over = Money{over, cur};
  agenda_.holds.push_back({customer_.id, customer_.name, {Money{exposure, cur}}, reason});
  on_hold_ = true;
  for (const ContactEntry* e : log_)
    if (e->date >= newest && is_hold_step(e->step)) return;  // frozen already
  AgendaAction a = action(ActionKind::credit_hold, AgendaGroup::holds, open_);
  address(a, LadderAction::hold, "");
  a.step = hold_step_name();
  a.reason = reason;
  agenda_.actions.push_back(std::move(a));
}

bool CustomerChase::is_hold_step(const std::string& name) const {
  if (name == "hold") return true;
  for (const auto& s : steps_)
    if (s.name == name) return s.action == LadderAction::hold;
  return false;
}

std::string CustomerChase::hold_step_name() const {
  for (const auto& s : steps_)
    if (s.action == LadderAction::hold) return s.name;
  return "hold";
}

// A pause on the customer, or the latest contact-log pause (until a later contact ends it).
bool CustomerChase::paused() {
  Date until = customer_.paused_until.value_or(Date{});
  bool open_ended = false;
  for (const ContactEntry* e : log_) {
    open_ended = e->outcome == Outcome::paused && !e->paused_until;
    if (e->outcome == Outcome::paused && e->paused_until) until = std::max(until, *e->paused_until);
  }
  if (open_ended) return true;
  if (until <= today_) return false;
  Reason why{ReasonKind::pause_ends};
  why.text = customer_.pause_reason;
  upcoming(until, UpcomingKind::pause, why);
  return true;
}

void CustomerChase::check_disputes() {
  std::vector<std::size_t> disputed;
  std::string reasons;
  for (std::size_t i : open_) {
    if (!state_.disputed(i)) continue;
    disputed.push_back(i);
    const std::string& why = state_.disputes.reason.at(i);
    if (reasons.find(why) == std::string::npos) reasons += (reasons.empty() ? "" : "; ") + why;
  }
  if (disputed.empty() || contacted_since(add_days(today_, -due_.cooldown_days + 1), disputed))
    return;
  AgendaAction a = action(ActionKind::resolve_dispute, AgendaGroup::disputes, disputed);
  address(a, LadderAction::call, "finance");
  a.reason = {ReasonKind::disputed};
  a.reason.text = reasons;
  agenda_.actions.push_back(std::move(a));
}

}  // namespace arcollect
