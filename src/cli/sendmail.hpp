// Handing a message to the mail system: [mail] sendmail_command, run without a shell.
#pragma once

#include <string>
#include <vector>

namespace arcollect::cli {

// The command's words: split at spaces, with '...' and "..." quoting; no other shell syntax.
// Throws Error on an unclosed quote or an empty command.
std::vector<std::string> command_words(const std::string& command);

// Runs the command with `message` on its standard input. Returns "" when it exited 0 (the
// mail system accepted the message), else what went wrong.
std::string pipe_to_command(const std::vector<std::string>& words, const std::string& message);

}  // namespace arcollect::cli
