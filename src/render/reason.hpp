// The words for a reason on the agenda (collect/reason), and its facts as JSON.
#pragma once

#include <string>
#include <string_view>

#include "collect/reason.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string reason_text(const Reason& reason);

// For a rate_past_known note: the error of a letter that would claim interest at a rate
// arcollect does not know, the one line `interest` prints, and the command that adds the rate.
std::string rate_missing_text(const Reason& reason);
std::string rate_assumed_line(const Reason& reason);
std::string rate_add_command(const Reason& reason);
// `check`'s warning for a rate interest needs past the table: on `invoice` and `others` more.
std::string rate_gap_text(const Reason& reason, std::string_view invoice, std::size_t others);

// {"kind": ..., then each fact the reason has}.
Json reason_json(const Reason& reason);

}  // namespace arcollect
