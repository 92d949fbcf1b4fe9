#include "collect/agenda.hpp"

#include <algorithm>
#include <tuple>

#include "collect/chase.hpp"

namespace arcollect {

std::string_view gap_name(ContactGap gap) {
  switch (gap) {
    case ContactGap::none:
      return "";
    case ContactGap::email:
      return "email";
    case ContactGap::phone:
      return "phone";
    case ContactGap::email_and_phone:
      return "email-and-phone";
  }
  return "";
}

std::string_view upcoming_kind_name(UpcomingKind kind) {
  switch (kind) {
    case UpcomingKind::pause:
      return "pause";
    case UpcomingKind::promise:
      return "promise";
    case UpcomingKind::pay_run:
      return "pay-run";
    case UpcomingKind::step:
      return "step";
    case UpcomingKind::cooldown:
      return "cooldown";
    case UpcomingKind::repeat:
      return "repeat";
    case UpcomingKind::installment:
      return "installment";
    case UpcomingKind::plan_notice:
      return "plan-notice";
    case UpcomingKind::plan_breaks:
      return "plan-breaks";
  }
  return "";
}

std::string_view group_name(AgendaGroup group) {
  switch (group) {
    case AgendaGroup::calls:
      return "calls";
    case AgendaGroup::emails:
      return "emails";
    case AgendaGroup::letters:
      return "letters";
    case AgendaGroup::holds:
      return "holds";
    case AgendaGroup::disputes:
      return "disputes";
    case AgendaGroup::promises:
      return "promises";
  }
  return "";
}

std::string_view kind_name(ActionKind kind) {
  switch (kind) {
    case ActionKind::step:
      return "step";
    case ActionKind::courtesy_call:
      return "courtesy-call";
    case ActionKind::repeat:
      return "repeat";
    case ActionKind::promise_broken:
      return "promise-broken";
    case ActionKind::plan_broken:
      return "plan-broken";
    case ActionKind::missed_pay_run:
      return "missed-pay-run";
    case ActionKind::plan_reminder:
      return "plan-reminder";
    case ActionKind::credit_hold:
      return "credit-hold";
    case ActionKind::resolve_dispute:
      return "resolve-dispute";
  }
  return "";
}

Agenda build_agenda(const Book& book, const AgendaSpec& spec) {
  return build_agenda(account_state(book, spec.today), spec.upcoming_days);
}

Agenda build_agenda(const AccountState& state, int upcoming_days) {
  Agenda agenda;
  agenda.today = state.today;
  if (!state.calendar.working(state.today))
    agenda.next_working_day = state.calendar.next_working(state.today);
  for (std::size_t c = 0; c < state.book.customers.size(); ++c)
    assess_customer(state, c, upcoming_days, agenda);
  std::stable_sort(agenda.actions.begin(), agenda.actions.end(),
                   [](const AgendaAction& a, const AgendaAction& b) {
                     return std::make_tuple(a.group, -a.priority, -a.days, a.customer) <
                            std::make_tuple(b.group, -b.priority, -b.days, b.customer);
                   });
  std::stable_sort(agenda.upcoming.begin(), agenda.upcoming.end(),
                   [](const UpcomingItem& a, const UpcomingItem& b) {
                     return std::tie(a.date, a.customer) < std::tie(b.date, b.customer);
                   });
  std::stable_sort(agenda.holds.begin(), agenda.holds.end(),
                   [](const HoldItem& a, const HoldItem& b) { return a.customer < b.customer; });
  return agenda;
}

}  // namespace arcollect
