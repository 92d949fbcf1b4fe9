// The words for a reason on the agenda (collect/reason), and its facts as JSON.
#pragma once

#include <string>

#include "collect/reason.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string reason_text(const Reason& reason);

// {"kind": ..., then each fact the reason has}.
Json reason_json(const Reason& reason);

}  // namespace arcollect
