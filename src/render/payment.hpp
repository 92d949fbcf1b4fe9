// What a recorded payment paid, as `pay` prints it.
#pragma once

#include <string>

#include "collect/payment.hpp"

namespace arcollect {

// One line per invoice it paid (and what each still owes), any unapplied credit, and what the
// customer owes now.
std::string payment_effect_text(const std::string& customer, const PaymentEffect& effect);

}  // namespace arcollect
