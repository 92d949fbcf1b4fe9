// Text made safe for SVG and HTML, the two markup languages arcollect writes.
#pragma once

#include <string>

namespace arcollect {

// Text made safe inside an XML or HTML element or a quoted attribute, its control characters,
// bidirectional overrides and bytes that are not UTF-8 shown escaped as on a terminal.
std::string xml_escape(const std::string& text);

}  // namespace arcollect
