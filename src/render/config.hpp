// `arcollect config`: every setting made outside the ledger's tables, its value and where it
// came from, as a table or JSON.
#pragma once

#include <string>
#include <vector>

#include "ledger/user_config.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string config_text(const std::vector<Setting>& settings, bool color);
JsonObject config_json(const std::vector<Setting>& settings);

}  // namespace arcollect
