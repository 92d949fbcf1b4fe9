// Records as TOML text, keys in a fixed order, for the files arcollect writes.
#pragma once

#include <string>
#include <string_view>

#include "ledger/records.hpp"

namespace arcollect {

// A TOML basic string, with quotes, escapes and \uXXXX for control characters.
std::string toml_string(std::string_view text);

// One [[contact]] table. Amounts are written as decimal strings of the currency's digits.
std::string contact_toml(const ContactEntry& entry);

// One [[payment]] or [[credit]] table, its amount a decimal string with its currency.
std::string payment_toml(const Payment& payment);

// One [[customer]] table and its [[customer.contact]] tables.
std::string customer_toml(const Customer& customer);

// One [[invoice]] table.
std::string invoice_toml(const Invoice& invoice);

// One [[plan]] table, one installment per line.
std::string plan_toml(const Plan& plan);

// One [[rate]] table, its percent a decimal string as given.
std::string rate_toml(const RateRecord& rate);

}  // namespace arcollect
