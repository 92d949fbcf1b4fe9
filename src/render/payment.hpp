// What a recorded payment paid, as `pay` prints it.
#pragma once

#include <string>

#include "collect/payment.hpp"
#include "render/json.hpp"

namespace arcollect {

// One line per invoice it paid (and what each still owes), any unapplied credit, and what the
// customer owes now.
std::string payment_effect_text(const std::string& customer, const PaymentEffect& effect);

// The same as keys of pay's document: "customer", "currency", "applied" (per invoice: the
// "amount" applied and what is "left"), "credit" and what the customer "owes" now.
JsonObject payment_effect_json(const std::string& customer, const PaymentEffect& effect);

}  // namespace arcollect
