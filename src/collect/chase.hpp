// One customer's place on the escalation ladder, and what it calls for today.
#pragma once

#include "collect/account_state.hpp"
#include "collect/agenda.hpp"

namespace arcollect {

// Appends customer `c`'s actions, upcoming items (up to `upcoming_days` ahead) and hold to
// `agenda`, from the accounts' state on the agenda's day.
void assess_customer(const AccountState& state, std::size_t c, int upcoming_days, Agenda& agenda);

}  // namespace arcollect
