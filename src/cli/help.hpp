// Help that teaches: the overview `arcollect` prints with no arguments, `arcollect help CMD`
// (the manual page), and "did you mean" for a mistyped option.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace arcollect::cli {

// What `arcollect` alone prints: what it is, the three commands most people need, and where to
// read on.
std::string overview();

// `arcollect help [CMD]`: opens arcollect-CMD(1) (arcollect(1) without one) with man(1), which
// replaces this process; where man or the page is missing, prints `help_text` instead, saying
// why on stderr. Returns the exit status when it does not exec.
int open_manual(std::string_view command, const std::string& help_text);

// "unknown option '--upcomng' (did you mean '--upcoming'?)" for the first long option on the
// command line that neither `command` (may be null) nor the program knows; none when all are
// known (the parse failed for another reason).
std::optional<std::string> unknown_option(const CLI::App& program, const CLI::App* command,
                                          int argc, char** argv);

}  // namespace arcollect::cli
