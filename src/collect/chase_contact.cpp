// The action on the agenda: what is owed, whom to reach on which channel, and what comes up.

#include <algorithm>
#include <map>

#include "collect/contacts.hpp"
#include "collect/customer_chase.hpp"

namespace arcollect {

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

AgendaAction CustomerChase::action(ActionKind kind, AgendaGroup group,
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
        a.priority = checked_add(a.priority, checked_mul(overdue, days));
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

void CustomerChase::address(AgendaAction& a, LadderAction channel, const std::string& role,
                            const std::string& cc) {
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
        person && person->email != a.email) {
      a.cc_name = person->name;
      a.cc_email = person->email;
    }
  }
  offer_reachable(a);
}

// A step the contact cannot be reached on is offered on a channel the contact has (an email
// without an address as a call, a call without a number as an email, either as a letter to
// the customer's address), naming the file to complete.
void CustomerChase::offer_reachable(AgendaAction& a) const {
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

void CustomerChase::upcoming(Date day, UpcomingKind kind, Reason what, std::string step) {
  day = state_.calendar.next_working(day);  // nothing falls due on a day off
  if (day <= today_ || days_between(today_, day) > upcoming_days_) return;
  agenda_.upcoming.push_back(
      {day, customer_.id, customer_.name, std::move(what), kind, std::move(step)});
}

void CustomerChase::push(AgendaAction a) {
  agenda_.actions.push_back(std::move(a));
  acted_ = true;
}

// Is the contact about any of `invoices`? One that names none is about them all.
bool CustomerChase::concerns(const ContactEntry& e,
                             const std::vector<std::size_t>& invoices) const {
  if (e.invoices.empty()) return true;
  for (const auto& id : e.invoices)
    for (std::size_t i : invoices)
      if (book_.invoices[i].id == id) return true;
  return false;
}

bool CustomerChase::contacted_since(Date day, const std::vector<std::size_t>& about) const {
  for (const ContactEntry* e : log_)
    if (e->date >= day && e->channel != Channel::internal && concerns(*e, about)) return true;
  return false;
}

}  // namespace arcollect
