#include "collect/chase.hpp"
#include "collect/contacts.hpp"

#include "collect/ladder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace arcollect {

namespace {

AgendaGroup group_of(LadderAction action) {
  switch (action) {
    case LadderAction::call:
    case LadderAction::visit:
      return AgendaGroup::calls;
    case LadderAction::email:
      return AgendaGroup::emails;
    case LadderAction::hold:
      return AgendaGroup::holds;
    default:
      return AgendaGroup::letters;
  }
}

class CustomerChase {
 public:
  CustomerChase(const AccountState& state, std::size_t c, int upcoming_days, Agenda& agenda)
      : state_(state),
        c_(c),
        upcoming_days_(upcoming_days),
        book_(state.book),
        today_(state.today),
        due_(state.book.settings.due),
        customer_(state.book.customers[c]),
        records_(state.book.by_customer[c]),
        steps_(state.book.ladder_for(customer_)),
        agenda_(agenda) {}

  void run() {
    for (std::size_t i : records_.invoices)
      if (book_.invoices[i].issued <= today_ && balance(i) > 0) open_.push_back(i);
    if (open_.empty()) return;
    for (std::size_t k : records_.contacts)
      if (book_.contacts[k].date <= today_) log_.push_back(&book_.contacts[k]);
    std::stable_sort(log_.begin(), log_.end(), [](const ContactEntry* a, const ContactEntry* b) {
      return a->date < b->date;
    });
    const std::size_t before = agenda_.actions.size();
    assess();
    // No action falls due on a day off: the next working day carries it.
    if (!state_.calendar.working(today_)) agenda_.actions.resize(before);
  }

 private:
  void assess() {
    check_credit_limit();
    if (paused()) return;
    check_disputes();
    check_plans();
    chase();
  }

 private:
  // --- what is owed ---------------------------------------------------------------------
  std::int64_t balance(std::size_t i) const { return state_.balance(i); }

  AgendaAction action(ActionKind kind, AgendaGroup group,
                      const std::vector<std::size_t>& invoices) {
    AgendaAction a;
    a.kind = kind;
    a.group = group;
    a.customer = customer_.id;
    a.name = customer_.name;
    std::map<std::string, std::int64_t> owed;
    a.days = INT32_MIN;
    for (std::size_t i : invoices) {
      const Invoice& inv = book_.invoices[i];
      int days = days_between(inv.due, today_);
      a.invoices.push_back({inv.id, Money{balance(i), inv.amount.currency}, inv.due, days});
      owed[inv.amount.currency] += balance(i);
      a.days = std::max(a.days, days);
      std::int64_t overdue = days > 0 ? balance(i) : 0;
      switch (due_.priority) {
        case DueSettings::Priority::amount_days:
          a.priority += overdue * days;
          break;
        case DueSettings::Priority::amount:
          a.priority += overdue;
          break;
        case DueSettings::Priority::days:
          a.priority = std::max<std::int64_t>(a.priority, days);
          break;
      }
    }
    std::sort(a.invoices.begin(), a.invoices.end(),
              [](const AgendaInvoice& x, const AgendaInvoice& y) { return x.due < y.due; });
    for (const auto& [currency, minor] : owed) a.owed.push_back(Money{minor, currency});
    if (invoices.empty()) a.days = 0;
    return a;
  }

  void address(AgendaAction& a, LadderAction channel, const std::string& role,
               const std::string& cc = "") {
    a.channel = a.step_channel = channel;
    a.role = role;
    a.individual = customer_.kind == CustomerKind::individual;
    a.email = email_for(customer_, role);
    if (const ContactPerson* person = contact_for(customer_, role)) {
      a.contact_name = person->name;
      a.contact_role = name_of(role_names(), person->role);
      a.phone = person->phone;
    }
    if (!cc.empty()) {
      a.cc_role = cc;
      if (const ContactPerson* person = contact_for(customer_, cc, true);
          person && person->email != a.email)
        a.cc_email = person->email;
    }
    offer_reachable(a);
  }

  // A step the contact cannot be reached on is offered on a channel the contact has: an email
  // without an address as a call, a call without a number as an email, either as a letter to
  // the customer's address; the file to complete is named.
  void offer_reachable(AgendaAction& a) const {
    const bool email = !a.email.empty(), phone = !a.phone.empty();
    const bool post = !customer_.address.empty();
    if (a.channel == LadderAction::email && !email) {
      a.gap = phone ? ContactGap::email : ContactGap::email_and_phone;
      a.channel = phone ? LadderAction::call : post ? LadderAction::letter : a.channel;
    } else if (a.channel == LadderAction::call && !phone) {
      a.gap = email ? ContactGap::phone : ContactGap::email_and_phone;
      a.channel = email ? LadderAction::email : post ? LadderAction::letter : a.channel;
    }
    if (a.gap != ContactGap::none) a.fix_file = book_.files[customer_.pos.file];
  }

  void upcoming(Date day, UpcomingKind kind, std::string what, std::string step = "") {
    day = state_.calendar.next_working(day);  // nothing falls due on a day off
    if (day <= today_ || days_between(today_, day) > upcoming_days_) return;
    agenda_.upcoming.push_back(
        {day, customer_.id, customer_.name, std::move(what), kind, std::move(step)});
  }

  // --- holds, pauses, disputes, plans ---------------------------------------------------
  void check_credit_limit() {
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
    std::string reason =
        fmt::format("over the credit limit of {} by {}: no new work until paid",
                    money_text(customer_.credit_limit->minor, cur), money_text(over, cur));
    agenda_.holds.push_back({customer_.id, customer_.name, {Money{exposure, cur}}, reason});
    on_hold_ = true;
    for (const ContactEntry* e : log_)
      if (e->date >= newest && is_hold_step(e->step)) return;  // frozen already
    AgendaAction a = action(ActionKind::credit_hold, AgendaGroup::holds, open_);
    address(a, LadderAction::hold, "");
    a.step = hold_step_name();
    a.reason = "freeze the account: " + reason;
    agenda_.actions.push_back(std::move(a));
  }

  bool is_hold_step(const std::string& name) const {
    if (name == "hold") return true;
    for (const auto& s : steps_)
      if (s.name == name) return s.action == LadderAction::hold;
    return false;
  }

  std::string hold_step_name() const {
    for (const auto& s : steps_)
      if (s.action == LadderAction::hold) return s.name;
    return "hold";
  }

  // A pause on the customer, or the latest contact-log pause (until a later contact ends it).
  bool paused() {
    Date until = customer_.paused_until.value_or(Date{});
    bool open_ended = false;
    for (const ContactEntry* e : log_) {
      open_ended = e->outcome == Outcome::paused && !e->paused_until;
      if (e->outcome == Outcome::paused && e->paused_until)
        until = std::max(until, *e->paused_until);
    }
    if (open_ended) return true;
    if (until <= today_) return false;
    upcoming(until, UpcomingKind::pause,
             "chasing resumes after the pause" +
                 (customer_.pause_reason.empty() ? "" : " (" + customer_.pause_reason + ")"));
    return true;
  }

  // Is the contact about any of `invoices`? One that names none is about them all.
  bool concerns(const ContactEntry& e, const std::vector<std::size_t>& invoices) const {
    if (e.invoices.empty()) return true;
    for (const auto& id : e.invoices)
      for (std::size_t i : invoices)
        if (book_.invoices[i].id == id) return true;
    return false;
  }

  bool contacted_since(Date day, const std::vector<std::size_t>& about) const {
    for (const ContactEntry* e : log_)
      if (e->date >= day && e->channel != Channel::internal && concerns(*e, about)) return true;
    return false;
  }

  void check_disputes() {
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
    a.reason = "disputed: " + reasons;
    agenda_.actions.push_back(std::move(a));
  }

  void check_plans() {
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
      const std::string installment = fmt::format(
          "the installment of {} due {}", money_text(next.amount.minor, next.amount.currency),
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

  // --- the ladder -----------------------------------------------------------------------
  void chase() {
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
        upcoming(add_days(promise->deadline, 1), UpcomingKind::promise,
                 fmt::format("the promise of {} falls due", format_day_month(*made.promise_date)));
        return;
      }
      // A broken promise is an action until someone acts on it: a contact or a plan since.
      bool acted_on = last_contact && *last_contact > promise->deadline;
      for (std::size_t p : records_.plans)
        acted_on = acted_on ||
                   (book_.plans[p].agreed > promise->deadline && book_.plans[p].agreed <= today_);
      if (promise->state == PromiseState::broken && !acted_on) {
        forced(ActionKind::promise_broken, AgendaGroup::promises, step, chaseable,
               promise_broken_reason(*promise));
        return;
      }
    }
    if (!broken_plan_.empty()) {
      forced(ActionKind::plan_broken, AgendaGroup::promises, step, chaseable, broken_plan_);
      return;
    }
    if (customer_.payment_run && today_ > due) {
      Date run = next_pay_run(*customer_.payment_run, due);
      if (today_ <= run) {
        upcoming(add_days(run, 1), UpcomingKind::pay_run,
                 fmt::format("chasing resumes if the pay run of {} passes without payment",
                             format_day_month(run)));
        return;
      }
      if (!last_contact || *last_contact <= run) {
        AgendaAction a = action(ActionKind::missed_pay_run, AgendaGroup::calls, chaseable);
        address(a, LadderAction::call, "ap");
        a.step = step ? step->name : "";
        a.reason = fmt::format("missed pay run: {} was due {} and not paid in the pay run of {}",
                               oldest.id, format_day_month(due), format_day_month(run));
        push(std::move(a));
        return;
      }
    }
    if (acted_) return;  // one contact with the customer a day
    ladder_step(step, next, last_step, last_contact, due, chaseable, oldest);
  }

  void ladder_step(const LadderStep* step, std::size_t next, std::optional<Date> last_step,
                   std::optional<Date> last_contact, Date due,
                   const std::vector<std::size_t>& chaseable, const Invoice& oldest) {
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
          step_action(ActionKind::repeat, steps_[next - 1], chaseable,
                      fmt::format("repeat of '{}' every {} days", steps_[next - 1].name,
                                  *steps_[next - 1].repeat_every));
          return;
        }
        upcoming(again, UpcomingKind::repeat, fmt::format("'{}' again", steps_[next - 1].name),
                 steps_[next - 1].name);
        return;
      }
    }
    if (!step_date) return;
    if (today_ < *step_date) {
      upcoming(*step_date, cooling ? UpcomingKind::cooldown : UpcomingKind::step,
               fmt::format("'{}' falls due", step->name), step->name);
      return;
    }
    int days = days_between(due, today_);
    const int count = days < 0 ? -days : days;
    const char* unit = count == 1 ? "day" : "days";
    std::string why = days > 0    ? fmt::format("{} is {} {} overdue", oldest.id, days, unit)
                      : days == 0 ? fmt::format("{} is due today", oldest.id)
                                  : fmt::format("{} is due in {} {}", oldest.id, -days, unit);
    bool first_invoice = records_.invoices.size() == 1;
    bool large = false;
    if (due_.courtesy_call_over)
      if (auto over = to_minor(*due_.courtesy_call_over, minor_digits(oldest.amount.currency)))
        large = oldest.amount.minor >= *over;
    if (step->day < 0 && (first_invoice || large)) {
      step_action(ActionKind::courtesy_call, *step, chaseable,
                  why + (first_invoice ? ": the customer's first invoice, so call"
                                       : ": a large invoice, so call"));
      return;
    }
    step_action(ActionKind::step, *step, chaseable, why);
  }

  void step_action(ActionKind kind, const LadderStep& step,
                   const std::vector<std::size_t>& chaseable, std::string reason) {
    LadderAction channel = kind == ActionKind::courtesy_call ? LadderAction::call : step.action;
    AgendaAction a = action(kind, group_of(channel), chaseable);
    address(a, channel, step.to, step.cc);
    a.group = group_of(a.channel);  // the channel offered
    a.step = step.name;
    a.reason = std::move(reason);
    if (step.action == LadderAction::hold && !on_hold_)
      agenda_.holds.push_back({customer_.id, customer_.name, a.owed, "at the ladder's hold step"});
    push(std::move(a));
  }

  void forced(ActionKind kind, AgendaGroup group, const LadderStep* step,
              const std::vector<std::size_t>& chaseable, std::string reason) {
    // A broken promise or plan is worth a call whatever the next step is; logging the call
    // with that step's name moves the ladder on.
    AgendaAction a = action(kind, group, chaseable);
    address(a, LadderAction::call, step && !step->to.empty() ? step->to : "finance");
    if (step) a.step = step->name;
    a.reason = std::move(reason);
    push(std::move(a));
  }

  void push(AgendaAction a) {
    agenda_.actions.push_back(std::move(a));
    acted_ = true;
  }

  // The outcome of the promise `made`, by the promise rule; null for one without a date.
  const PromiseOutcome* outcome_of(const ContactEntry* made) const {
    if (!made) return nullptr;
    for (const PromiseOutcome& o : state_.promises[c_])
      if (&book_.contacts[o.contact] == made) return &o;
    return nullptr;
  }

  std::string promise_broken_reason(const PromiseOutcome& promise) const {
    const ContactEntry& made = book_.contacts[promise.contact];
    std::string who = made.with.empty() ? "" : " by " + made.with;
    if (!made.promise_amount)
      return fmt::format("promise{} to pay by {} broken", who,
                         format_day_month(*made.promise_date));
    return fmt::format("promise{} of {} by {} broken: {} paid since {}", who,
                       money_text(made.promise_amount->minor, made.promise_amount->currency),
                       format_day_month(*made.promise_date),
                       money_text(promise.paid, made.promise_amount->currency),
                       format_day_month(made.date));
  }

  const AccountState& state_;
  const std::size_t c_;
  const int upcoming_days_;
  const Book& book_;
  const Date today_;
  const DueSettings& due_;
  const Customer& customer_;
  const CustomerRecords& records_;
  const std::vector<LadderStep>& steps_;
  Agenda& agenda_;
  std::vector<std::size_t> open_;  // invoices with a balance, oldest first not guaranteed
  std::vector<const ContactEntry*> log_;
  std::string broken_plan_;
  bool acted_ = false;  // a contact with the customer is on today's agenda already
  bool on_hold_ = false;
};

}  // namespace

void assess_customer(const AccountState& state, std::size_t c, int upcoming_days, Agenda& agenda) {
  CustomerChase(state, c, upcoming_days, agenda).run();
}

}  // namespace arcollect
