#include "collect/ladder.hpp"

#include <algorithm>

namespace arcollect {

bool carries_out(Channel channel, LadderAction action) {
  switch (action) {
    case LadderAction::email:
      return channel == Channel::email;
    case LadderAction::call:
      return channel == Channel::call;
    case LadderAction::letter:
    case LadderAction::notice:
      return channel == Channel::letter;
    case LadderAction::visit:
      return channel == Channel::visit || channel == Channel::meeting;
    default:
      return false;  // hold and agency are logged by step name only
  }
}

LadderProgress ladder_progress(const std::vector<LadderStep>& steps,
                               const std::vector<const ContactEntry*>& log) {
  LadderProgress p;
  for (const ContactEntry* e : log) {
    // An internal entry (a hold, a referral) was no contact: it restarts no cooldown.
    if (e->channel != Channel::internal) p.last_contact = e->date;
    if (e->outcome == Outcome::promise) p.promise = e;
    // Only an entry that names a step carries it out; any other restarts the cooldown.
    for (std::size_t k = 0; k < steps.size(); ++k) {
      if (steps[k].name != e->step) continue;
      p.last_step = e->date;
      if (steps[k].action == LadderAction::hold && k > p.next)
        p.frozen = true;
      else
        p.next = std::max(p.next, k + 1);
    }
  }
  return p;
}

void skip_lapsed(const std::vector<LadderStep>& steps, Date due, Date today, std::int64_t owed,
                 const std::string& currency, LadderProgress& progress) {
  auto lapses = [&](const LadderStep& s) {
    if (s.day < 0 && today > due) return true;
    if (s.action == LadderAction::hold && progress.frozen) return true;
    if (!s.min_amount) return false;
    auto floor = to_minor(*s.min_amount, minor_digits(currency));
    return floor && owed < *floor;
  };
  while (progress.next < steps.size() && lapses(steps[progress.next])) ++progress.next;
}

}  // namespace arcollect
