// The segment report as text (a table, then each segment's strategy), JSON or CSV.
#pragma once

#include <string>

#include "collect/segment.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string segment_text(const Book& book, const SegmentReport& report, bool color);
JsonObject segment_json(const Book& book, const SegmentReport& report);
std::string segment_csv(const Book& book, const SegmentReport& report);

}  // namespace arcollect
