// The morning agenda: for each customer that owes money, the one thing to do today (a ladder
// step, a broken promise or plan, a missed pay run), plus holds and disputes to resolve, ranked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/reason.hpp"
#include "ledger/book.hpp"

namespace arcollect {

enum class AgendaGroup { calls, emails, letters, holds, disputes, promises };

enum class ActionKind {
  step,             // the next ladder step
  courtesy_call,    // the pre-due courtesy, as a call: a first or large invoice
  repeat,           // a step with repeat_every, again
  promise_broken,   // a promise's date and grace passed without the money
  plan_broken,      // a plan installment missed beyond grace: the ladder resumes
  missed_pay_run,   // the customer's pay run passed without paying: call AP
  plan_reminder,    // a plan installment falls due soon
  credit_hold,      // over the credit limit: freeze the account
  resolve_dispute,  // disputed invoices wait for an answer
};

struct AgendaInvoice {
  std::string id;
  Money balance;
  Date due{};
  int days = 0;  // past due; negative when not yet due
};

// What the customer's record lacks for the channel a step asks for.
enum class ContactGap { none, email, phone, email_and_phone };

struct AgendaAction {
  AgendaGroup group = AgendaGroup::calls;
  ActionKind kind = ActionKind::step;
  std::string customer;
  std::string name;
  std::string step;                                 // the ladder step it carries out; "" when none
  LadderAction channel = LadderAction::email;       // the channel offered: one the contact has
  LadderAction step_channel = LadderAction::email;  // the channel the step asks for
  ContactGap gap = ContactGap::none;                // why `channel` differs, or cannot be used
  std::string fix_file;                             // with a gap: the file to add it to
  bool individual = false;                          // every role is the customer itself
  std::string role;  // whom to contact: ap, finance, buyer, other; "" for none
  std::string contact_name, contact_role, phone, email;  // contact_role may differ from role
  std::string cc_role, cc_name, cc_email;                // the step's cc, when it has an address
  std::vector<AgendaInvoice> invoices;
  std::vector<Money> owed;  // per currency: what the listed invoices owe
  int days = 0;             // the oldest listed invoice's days past due
  std::int64_t priority = 0;
  Reason reason;
};

// What an upcoming item waits for: each is something that holds the chase back until then.
enum class UpcomingKind {
  pause,        // chasing is paused
  promise,      // a promise to pay is pending
  pay_run,      // the customer's pay run has not passed yet
  step,         // the next step's day has not come
  cooldown,     // the step's day has come, but the last contact was too recent
  repeat,       // a repeating step comes round again
  installment,  // a plan installment falls due
  plan_notice,  // the courtesy reminder of an installment
  plan_breaks,  // a late installment breaks the plan unless paid
};

struct UpcomingItem {
  Date date{};
  std::string customer;
  std::string name;
  Reason what;
  UpcomingKind kind = UpcomingKind::step;
  std::string step;  // step, cooldown and repeat: the step
};

struct HoldItem {
  std::string customer;
  std::string name;
  std::vector<Money> owed;
  Reason reason;
};

struct AgendaSpec {
  Date today{};
  int upcoming_days = 0;  // also list what falls due in the next N days
};

struct Agenda {
  Date today{};
  std::optional<Date> next_working_day;  // when today is a day off: nothing falls due
  std::vector<AgendaAction> actions;     // by group, then priority, highest first
  std::vector<UpcomingItem> upcoming;    // by date
  std::vector<HoldItem> holds;           // customers whose accounts are frozen
};

Agenda build_agenda(const Book& book, const AgendaSpec& spec);
// The same, on an account state already worked out for the day.
Agenda build_agenda(const AccountState& state, int upcoming_days);

std::string_view group_name(AgendaGroup group);
std::string_view gap_name(ContactGap gap);
std::string_view upcoming_kind_name(UpcomingKind kind);

// The step name of a plan installment falling due: not on any ladder, but logged like one.
inline constexpr std::string_view kInstallmentStep = "installment";
std::string_view kind_name(ActionKind kind);

}  // namespace arcollect
