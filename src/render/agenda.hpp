// The agenda and the holds list as text, JSON or CSV.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "collect/agenda.hpp"
#include "render/json.hpp"

namespace arcollect {

// Text prints nothing at all when there is nothing to do (for cron).
std::string agenda_text(const Agenda& agenda, bool with_upcoming, bool color);

// "Call Martin Cole (finance) on +44 1482 000102 [step: call-finance]", then on a line of its
// own the note on a missing address or number, if any; each line after `indent`.
std::string action_lines(const AgendaAction& a, std::string_view indent);

// The command that records the action once done: due --done for a step, else a log entry on
// the channel offered.
std::vector<std::string> record_command(const AgendaAction& a);
// The body of due's JSON document (json_document adds the envelope).
// `book_root`: Book::display_root, which JSON's paths leave out.
JsonObject agenda_json(const Agenda& agenda, bool with_upcoming, std::string_view book_root);
std::string agenda_csv(const Agenda& agenda);

std::string holds_text(const Agenda& agenda, bool color);
JsonObject holds_json(const Agenda& agenda);
std::string holds_csv(const Agenda& agenda);

}  // namespace arcollect
