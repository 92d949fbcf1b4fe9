// Records as documents give them: what `log`, `due --done` and `pay` wrote, in the keys the
// ledger's files use (arcollect-ledger(5)), with null for what the record leaves out.
#pragma once

#include "ledger/records.hpp"
#include "render/json.hpp"

namespace arcollect {

JsonObject contact_entry_json(const ContactEntry& entry);
JsonObject payment_json(const Payment& payment);

}  // namespace arcollect
