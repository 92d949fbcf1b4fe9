// How far a customer has climbed its escalation ladder, from its contact log.
#pragma once

#include <optional>
#include <vector>

#include "ledger/records.hpp"
#include "ledger/settings.hpp"

namespace arcollect {

struct LadderProgress {
  std::size_t next = 0;                   // the next step to take; steps.size() when none is left
  bool frozen = false;                    // a hold step was logged ahead of its turn
  std::optional<Date> last_step;          // when the last step was carried out
  std::optional<Date> last_contact;       // the last contact of any kind: the cooldown's start
  const ContactEntry* promise = nullptr;  // the latest promise to pay
};

// Does a contact on `channel` carry out a step whose action is `action`?
bool carries_out(Channel channel, LadderAction action);

// Walks `log` (contacts about one debt, in date order). Only a contact that names a step
// carries it out: it marks it done and jumps to it (a hold step freezes the account without
// skipping the steps before it). One naming no step completes nothing; it only counts as the
// last contact, which restarts the cooldown. Internal entries (channel `internal`) are no
// contact and restart no cooldown.
LadderProgress ladder_progress(const std::vector<LadderStep>& steps,
                               const std::vector<const ContactEntry*>& log);

// Moves past steps that lapse on `today`: pre-due steps once the debt is overdue, a hold step
// once frozen, and steps whose min_amount is more than `owed` (minor units of `currency`).
void skip_lapsed(const std::vector<LadderStep>& steps, Date due, Date today, std::int64_t owed,
                 const std::string& currency, LadderProgress& progress);

}  // namespace arcollect
