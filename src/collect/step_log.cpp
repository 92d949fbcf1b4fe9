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

LoggedStep logged_step(const AccountState& state, std::size_t customer, const std::string& step,
                       std::optional<Channel> channel) {
  const Book& book = state.book;
  const Customer& c = book.customers[customer];
  const std::optional<AgendaOffer> offer = agenda_offer(state, customer);
  LoggedStep logged;
  if (step != "none") logged.step = step;
  if (channel)
    logged.channel = *channel;
  else if (!logged.step.empty())
    logged.channel = logged_channel(book, c, logged.step, offer);
  if (step.empty())
    if (auto filled = step_to_fill(offer, logged.channel)) {
      logged.step = *filled;
      logged.filled = true;
    }
  return logged;
}

ContactEntry letter_entry(const Book& book, const Letter& letter, const std::string& message_id,
                          std::string note) {
  ContactEntry e;
  e.date = letter.today;
  e.customer = book.customers[letter.customer].id;
  for (const LetterInvoice& line : letter.invoices)
    e.invoices.push_back(book.invoices[line.invoice].id);
  e.channel = message_id.empty() ? channel_for(letter.action) : Channel::email;
  e.with = letter.to_name;
  e.step = letter.step;
  e.message_id = message_id;
  e.note = std::move(note);
  return e;
}

}  // namespace arcollect
