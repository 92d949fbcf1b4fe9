// The late-payment charges computation as text or JSON.
#pragma once

#include <string>

#include "collect/interest.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string charges_text(const Book& book, const ChargesReport& report, bool color);
JsonObject charges_json(const Book& book, const ChargesReport& report);

struct LawProfile;
// "Section 288(2) of the German Civil Code (BGB): 9% over the Basiszinssatz of 1 January or
// 1 July of each half-year; ...": a law's rule in one sentence.
std::string law_rule_text(const LawProfile& law);

}  // namespace arcollect
