#include "collect/contacts.hpp"

namespace arcollect {

const ContactPerson* contact_for(const Customer& customer, std::string_view role, bool exact) {
  if (role.empty()) return nullptr;
  // A sole trader or a consumer is every role: the person on file, if any, else the customer.
  if (customer.kind == CustomerKind::individual)
    return customer.contacts.empty() ? nullptr : &customer.contacts.front();
  for (const auto& person : customer.contacts)
    if (name_of(role_names(), person.role) == role) return &person;
  return exact || customer.contacts.empty() ? nullptr : &customer.contacts.front();
}

std::string email_for(const Customer& customer, std::string_view role) {
  if (role.empty()) return "";
  const ContactPerson* person = contact_for(customer, role);
  return person && !person->email.empty() ? person->email : customer.email;
}

Channel channel_for(LadderAction action) {
  switch (action) {
    case LadderAction::call:
      return Channel::call;
    case LadderAction::visit:
      return Channel::visit;
    case LadderAction::letter:
    case LadderAction::notice:
      return Channel::letter;
    case LadderAction::hold:
    case LadderAction::agency:
      return Channel::internal;  // done in-house: no contact with the customer
    default:
      return Channel::email;
  }
}

}  // namespace arcollect
