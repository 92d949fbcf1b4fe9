// Handing a message to the mail system: a command the user chose (never the ledger), run
// without a shell.
#pragma once

#include <string>
#include <vector>

namespace arcollect::cli {

// The mail command's words: --sendmail (`option`), else $ARCOLLECT_SENDMAIL, else [mail]
// sendmail_command in the user's config.toml, else /usr/sbin/sendmail -t -i. A ledger is data
// from other people and never names it.
std::vector<std::string> sendmail_words(const std::string& option);

// Runs the command with `message` on its standard input. Returns "" when it exited 0 (the
// mail system accepted the message), else what went wrong.
std::string pipe_to_command(const std::vector<std::string>& words, const std::string& message);

}  // namespace arcollect::cli
