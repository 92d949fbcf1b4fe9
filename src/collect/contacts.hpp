// Whom to reach for a contact role, at which address, and on which channel a step is logged.
#pragma once

#include <string>
#include <string_view>

#include "ledger/book.hpp"

namespace arcollect {

// The person to contact for `role`: the first contact with that role, else (unless `exact`)
// the first contact of any role, else none. For an individual every role is the customer: its
// first contact, else none (write to the customer itself).
const ContactPerson* contact_for(const Customer& customer, std::string_view role,
                                 bool exact = false);

// The address to write to for `role`: its contact's email, else the customer's own; "" when
// `role` is empty or neither has one.
std::string email_for(const Customer& customer, std::string_view role);

// The channel a contact carrying out a step of this action is logged with: `internal` for hold
// and agency, which are done in-house.
Channel channel_for(LadderAction action);

}  // namespace arcollect
