// The agenda and the holds list as text, JSON or CSV.
#pragma once

#include <string>

#include "collect/agenda.hpp"

namespace arcollect {

// Text prints nothing at all when there is nothing to do (for cron).
std::string agenda_text(const Agenda& agenda, bool with_upcoming, bool color);
std::string agenda_json(const Agenda& agenda, bool with_upcoming);
std::string agenda_csv(const Agenda& agenda);

std::string holds_text(const Agenda& agenda, bool color);
std::string holds_json(const Agenda& agenda);
std::string holds_csv(const Agenda& agenda);

}  // namespace arcollect
