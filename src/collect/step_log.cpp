#include "collect/step_log.hpp"

#include "collect/chase.hpp"
#include "collect/contacts.hpp"
#include "collect/ladder.hpp"

namespace arcollect {

std::optional<AgendaOffer> agenda_offer(const AccountState& state, std::size_t customer) {
  Agenda agenda;
  assess_customer(state, customer, 0, agenda);
  for (const AgendaAction& action : agenda.actions)
    if (!action.step.empty()) return AgendaOffer{action.step, action.channel};
  return std::nullopt;
}

bool is_loggable_step(const Book& book, const Customer& customer, const std::string& name) {
  if (name == kInstallmentStep) return true;
  for (const LadderStep& step : book.ladder_for(customer))
    if (step.name == name) return true;
  return false;
}

Channel logged_channel(const Book& book, const Customer& customer, const std::string& step,
                       const std::optional<AgendaOffer>& offer) {
  if (offer && offer->step == step) return channel_for(offer->channel);
  if (step == kInstallmentStep) return Channel::email;
  for (const LadderStep& s : book.ladder_for(customer))
    if (s.name == step) return channel_for(s.action);
  return Channel::call;
}

std::optional<std::string> step_to_fill(const std::optional<AgendaOffer>& offer, Channel channel) {
  if (!offer || !carries_out(channel, offer->channel)) return std::nullopt;
  return offer->step;
}

}  // namespace arcollect
