// `due --explain CUSTOMER` as text or JSON.
#pragma once

#include <string>

#include "collect/explain.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string explain_text(const Book& book, const Explanation& x, bool color);
JsonObject explain_json(const Book& book, const Explanation& x);

}  // namespace arcollect
