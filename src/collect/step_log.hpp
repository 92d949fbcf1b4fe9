// How a contact is logged against the ladder: which step the agenda offers a customer on a day,
// on which channel, so that `log` and `due --done` record what was really done.
#pragma once

#include <optional>
#include <string>

#include "collect/account_state.hpp"
#include "collect/agenda.hpp"
#include "collect/letter.hpp"

namespace arcollect {

// The step the agenda lists for a customer on the state's day, and the channel it offers.
struct AgendaOffer {
  std::string step;
  LadderAction channel = LadderAction::email;
};

std::optional<AgendaOffer> agenda_offer(const AccountState& state, std::size_t customer);

// Is `name` a step a log entry may name for the customer: one of its ladder's, or the plan's
// 'installment'?
bool is_loggable_step(const Book& book, const Customer& customer, const std::string& name);

// The channel an entry that carried out `step` is written with: the one the agenda offers for
// it (another, when the contact cannot be reached on the step's own), else the step's own;
// `internal` for hold and agency, which are no contact with the customer.
Channel logged_channel(const Book& book, const Customer& customer, const std::string& step,
                       const std::optional<AgendaOffer>& offer);

// The step to fill in for an entry on `channel` that names none: the one the agenda offers,
// when the entry is on its channel.
std::optional<std::string> step_to_fill(const std::optional<AgendaOffer>& offer, Channel channel);

// What an entry records of the ladder: the step it names and the channel it is written with.
struct LoggedStep {
  std::string step;  // "" when it names none
  Channel channel = Channel::call;
  bool filled = false;  // the step the agenda offered, not named by the user
};

// For an entry on the state's day: `step` as the user named it ("" for not named, "none" to
// name none, else a step is_loggable_step accepts) and `channel` when given. A channel not given
// is the step's (logged_channel), or a call; a step not named is filled in (step_to_fill).
LoggedStep logged_step(const AccountState& state, std::size_t customer, const std::string& step,
                       std::optional<Channel> channel);

// The entry that records a letter: on the letter's channel, or as an email when it went out as
// one (`message_id`), naming its step and invoices.
ContactEntry letter_entry(const Book& book, const Letter& letter, const std::string& message_id,
                          std::string note);

}  // namespace arcollect
