// What a recorded payment paid, as `pay` prints it.
#pragma once

#include <string>

#include "collect/payment.hpp"
#include "render/json.hpp"

namespace arcollect {

// One line per invoice it paid (and what each still owes), any unapplied credit, and what the
// customer owes now.
std::string payment_effect_text(const std::string& customer, const PaymentEffect& effect);

// The same as keys of pay's document: "customer", "currency", "balance_on" (`day`: the later of
// --today and the payment's date), "applied" (per invoice: the "amount" applied and what is
// "left"), "credit" and what the customer "owes" on that day.
JsonObject payment_effect_json(const std::string& customer, Date day, const PaymentEffect& effect);

}  // namespace arcollect
