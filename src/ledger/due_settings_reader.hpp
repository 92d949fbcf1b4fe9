// Reads arcollect.toml's [due] table: working days, holidays (dates and shipped calendars),
// cool-down and grace days, the courtesy-call threshold and the agenda's order.
#pragma once

#include <string_view>

#include "ledger/field_reader.hpp"
#include "ledger/settings.hpp"

namespace arcollect {

void read_due(FieldReader& f, DueSettings& d);

// Adds the shipped calendar `name` to the holidays; false when none has that name.
bool use_calendar(DueSettings& d, std::string_view name);

}  // namespace arcollect
