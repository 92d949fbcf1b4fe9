// The examples every `arcollect CMD --help` ends with: two or three command lines a user would
// type, each with a one-line comment saying what it does.
#pragma once

#include <string>
#include <string_view>

namespace arcollect::cli {

// The "Examples:" footer for `command` ("" for the program itself gives the overview's), or ""
// when there is none.
std::string help_examples(std::string_view command);

}  // namespace arcollect::cli
