// CSV per RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line end.
#pragma once

#include <string>
#include <vector>

namespace arcollect {

std::string csv_field(const std::string& text);
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace arcollect
