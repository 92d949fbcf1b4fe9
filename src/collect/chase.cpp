// The ladder: which step comes next for a customer, and what holds it back (a promise, a
// pay run, the cooldown).
#include "collect/chase.hpp"

#include <algorithm>

#include "collect/customer_chase.hpp"
#include "collect/ladder.hpp"

namespace arcollect {

void CustomerChase::run() {
  for (std::size_t i : records_.invoices)
    if (book_.invoices[i].issued <= today_ && balance(i) > 0) open_.push_back(i);
  if (open_.empty()) return;
  for (std::size_t k : records_.contacts)
    if (book_.contacts[k].date <= today_) log_.push_back(&book_.contacts[k]);
  std::stable_sort(log_.begin(), log_.end(),
                   [](const ContactEntry* a, const ContactEntry* b) { return a->date < b->date; });
  const std::size_t before = agenda_.actions.size();
  assess();
  // No action falls due on a day off: the next working day carries it.
  if (!state_.calendar.working(today_)) agenda_.actions.resize(before);
}

void CustomerChase::assess() {
  check_credit_limit();
  if (paused()) return;
  check_disputes();
  check_plans();
  chase();
}

void CustomerChase::chase() {
  const std::vector<std::size_t> chaseable = state_.chaseable(c_);
  if (chaseable.empty() || steps_.empty()) return;
  const Invoice& oldest = book_.invoices[*std::min_element(
      chaseable.begin(), chaseable.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(book_.invoices[a].due, book_.invoices[a].id) <
               std::tie(book_.invoices[b].due, book_.invoices[b].id);
      })];
  const Date due = oldest.due;
  const Date start = add_days(due, std::min(0, steps_.front().day));

  // The contacts about this debt: since its ladder started, naming its invoices or none.
  std::vector<const ContactEntry*> about;
  for (const ContactEntry* e : log_)
    if (e->date >= start && concerns(*e, chaseable)) about.push_back(e);
  LadderProgress progress = ladder_progress(steps_, about);
  std::int64_t total = 0;
  for (std::size_t i : chaseable)
    if (book_.invoices[i].amount.currency == oldest.amount.currency) total += balance(i);
  skip_lapsed(steps_, due, today_, total, oldest.amount.currency, progress);
  const std::size_t next = progress.next;
  const std::optional<Date> last_step = progress.last_step, last_contact = progress.last_contact;
  const LadderStep* step = next < steps_.size() ? &steps_[next] : nullptr;

  // The latest promise about this debt, judged by the one promise rule.
  if (const PromiseOutcome* promise = outcome_of(progress.promise)) {
    const ContactEntry& made = book_.contacts[promise->contact];
    if (promise->state == PromiseState::pending) {
      Reason why{ReasonKind::promise_falls_due};
      why.date = made.promise_date;
      upcoming(add_days(promise->deadline, 1), UpcomingKind::promise, why);
      return;
    }
    // A broken promise is an action until someone acts on it: a contact or a plan since.
    bool acted_on = last_contact && *last_contact > promise->deadline;
    for (std::size_t p : records_.plans)
      acted_on = acted_on ||
                 (book_.plans[p].agreed > promise->deadline && book_.plans[p].agreed <= today_);
    if (promise->state == PromiseState::broken && !acted_on) {
      forced(ActionKind::promise_broken, AgendaGroup::promises, step, chaseable,
             promise_broken_reason(book_, *promise));
      return;
    }
  }
  if (broken_plan_) {
    forced(ActionKind::plan_broken, AgendaGroup::promises, step, chaseable, *broken_plan_);
    return;
  }
  if (customer_.payment_run && today_ > due) {
    Date run = next_pay_run(*customer_.payment_run, due);
    if (today_ <= run) {
      Reason why{ReasonKind::pay_run_passes};
      why.date = run;
      upcoming(add_days(run, 1), UpcomingKind::pay_run, why);
      return;
    }
    if (!last_contact || *last_contact <= run) {
      AgendaAction a = action(ActionKind::missed_pay_run, AgendaGroup::calls, chaseable);
      address(a, LadderAction::call, "ap");
      a.step = step ? step->name : "";
      a.reason = {ReasonKind::missed_pay_run};
      a.reason.invoice = oldest.id;
      a.reason.due = due;
      a.reason.date = run;
      push(std::move(a));
      return;
    }
  }
  if (acted_) return;  // one contact with the customer a day
  ladder_step(step, next, last_step, last_contact, due, chaseable, oldest);
}

void CustomerChase::ladder_step(const LadderStep* step, std::size_t next,
                                std::optional<Date> last_step, std::optional<Date> last_contact,
                                Date due, const std::vector<std::size_t>& chaseable,
                                const Invoice& oldest) {
  std::optional<Date> step_date;
  bool cooling = false;  // the step's own day has come; the cooldown holds it
  if (step) {
    step_date = add_days(due, step->day + step->grace_days.value_or(0));
    // Any contact about the debt restarts the cooldown, whether or not it took a step.
    if (last_contact && add_days(*last_contact, due_.cooldown_days) > *step_date) {
      step_date = add_days(*last_contact, due_.cooldown_days);
      cooling = true;
    }
  }
  if (next > 0 && last_step && steps_[next - 1].repeat_every) {
    Date again = add_days(*last_step, *steps_[next - 1].repeat_every);
    if (!step_date || again < *step_date) {
      if (today_ >= again) {
        Reason why{ReasonKind::repeat};
        why.step = steps_[next - 1].name;
        why.days = *steps_[next - 1].repeat_every;
        step_action(ActionKind::repeat, steps_[next - 1], chaseable, why);
        return;
      }
      Reason why{ReasonKind::step_again};
      why.step = steps_[next - 1].name;
      upcoming(again, UpcomingKind::repeat, why, why.step);
      return;
    }
  }
  if (!step_date) return;
  if (today_ < *step_date) {
    Reason why{ReasonKind::step_falls_due};
    why.step = step->name;
    upcoming(*step_date, cooling ? UpcomingKind::cooldown : UpcomingKind::step, why, step->name);
    return;
  }
  Reason why{ReasonKind::overdue};
  why.invoice = oldest.id;
  why.days = days_between(due, today_);
  bool first_invoice = records_.invoices.size() == 1;
  bool large = false;
  if (due_.courtesy_call_over)
    if (auto over = to_minor(*due_.courtesy_call_over, minor_digits(oldest.amount.currency)))
      large = oldest.amount.minor >= *over;
  if (step->day < 0 && (first_invoice || large)) {
    why.kind = first_invoice ? ReasonKind::first_invoice_call : ReasonKind::large_invoice_call;
    step_action(ActionKind::courtesy_call, *step, chaseable, why);
    return;
  }
  step_action(ActionKind::step, *step, chaseable, why);
}

void CustomerChase::step_action(ActionKind kind, const LadderStep& step,
                                const std::vector<std::size_t>& chaseable, Reason reason) {
  LadderAction channel = kind == ActionKind::courtesy_call ? LadderAction::call : step.action;
  AgendaAction a = action(kind, group_of(channel), chaseable);
  address(a, channel, step.to, step.cc);
  a.group = group_of(a.channel);  // the channel offered
  a.step = step.name;
  a.reason = std::move(reason);
  if (step.action == LadderAction::hold && !on_hold_)
    agenda_.holds.push_back({customer_.id, customer_.name, a.owed, {ReasonKind::hold_step}});
  push(std::move(a));
}

void CustomerChase::forced(ActionKind kind, AgendaGroup group, const LadderStep* step,
                           const std::vector<std::size_t>& chaseable, Reason reason) {
  // A broken promise or plan is worth a call whatever the next step is; logging the call
  // with that step's name moves the ladder on.
  AgendaAction a = action(kind, group, chaseable);
  address(a, LadderAction::call, step && !step->to.empty() ? step->to : "finance");
  if (step) a.step = step->name;
  a.reason = std::move(reason);
  push(std::move(a));
}

// The outcome of the promise `made`, by the promise rule; null for one without a date.
const PromiseOutcome* CustomerChase::outcome_of(const ContactEntry* made) const {
  if (!made) return nullptr;
  for (const PromiseOutcome& o : state_.promises[c_])
    if (&book_.contacts[o.contact] == made) return &o;
  return nullptr;
}

void assess_customer(const AccountState& state, std::size_t c, int upcoming_days, Agenda& agenda) {
  CustomerChase(state, c, upcoming_days, agenda).run();
}

}  // namespace arcollect
