// One customer's chase, shared by the files that assess it: chase.cpp (the ladder, promises,
// pay runs), chase_accounts.cpp (credit limit, pauses, disputes), chase_plans.cpp (payment
// plans) and chase_contact.cpp (the action itself: whom, how, and what comes up). Internal to
// collect/; other code calls assess_customer (collect/chase.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/agenda.hpp"

namespace arcollect {

// The agenda group an action on this channel goes in.
AgendaGroup group_of(LadderAction action);

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

  void run();

 private:
  std::int64_t balance(std::size_t i) const { return state_.balance(i); }

  void assess();
  AgendaAction action(ActionKind kind, AgendaGroup group, const std::vector<std::size_t>& invoices);
  void address(AgendaAction& a, LadderAction channel, const std::string& role,
               const std::string& cc = "");
  // A step the contact cannot be reached on is offered on a channel the contact has (an email
  // without an address as a call, a call without a number as an email, either as a letter to
  // the customer's address), naming the file to complete.
  void offer_reachable(AgendaAction& a) const;
  void upcoming(Date day, UpcomingKind kind, Reason what, std::string step = "");
  void check_credit_limit();
  bool is_hold_step(const std::string& name) const;
  std::string hold_step_name() const;
  // A pause on the customer, or the latest contact-log pause (until a later contact ends it).
  bool paused();
  // Is the contact about any of `invoices`? One that names none is about them all.
  bool concerns(const ContactEntry& e, const std::vector<std::size_t>& invoices) const;
  bool contacted_since(Date day, const std::vector<std::size_t>& about) const;
  void check_disputes();
  void check_plans();
  void chase();
  void ladder_step(const LadderStep* step, std::size_t next, std::optional<Date> last_step,
                   std::optional<Date> last_contact, Date due,
                   const std::vector<std::size_t>& chaseable, const Invoice& oldest);
  void step_action(ActionKind kind, const LadderStep& step,
                   const std::vector<std::size_t>& chaseable, Reason reason);
  void forced(ActionKind kind, AgendaGroup group, const LadderStep* step,
              const std::vector<std::size_t>& chaseable, Reason reason);
  void push(AgendaAction a);
  // The outcome of the promise `made`, by the promise rule; null for one without a date.
  const PromiseOutcome* outcome_of(const ContactEntry* made) const;

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
  std::optional<Reason> broken_plan_;  // a broken plan nobody has called about since
  bool acted_ = false;                 // a contact with the customer is on today's agenda already
  bool on_hold_ = false;
};

}  // namespace arcollect
