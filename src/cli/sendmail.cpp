#include "cli/sendmail.hpp"

#include <cstdlib>

#include "cli/run_program.hpp"
#include "cli/user_programs.hpp"
#include "ledger/error.hpp"

namespace arcollect::cli {

std::vector<std::string> sendmail_words(const std::string& option) {
  if (!option.empty()) return command_words(option, "--sendmail", "the mail command");
  if (const char* env = std::getenv("ARCOLLECT_SENDMAIL"); env && *env)
    return command_words(env, "ARCOLLECT_SENDMAIL", "the mail command");
  const UserConfig config = load_user_config("nothing was sent");
  if (config.sendmail_command)
    return command_words(*config.sendmail_command, user_config_path() + ": [mail] sendmail_command",
                         "the mail command");
  return {"/usr/sbin/sendmail", "-t", "-i"};
}

std::string pipe_to_command(const std::vector<std::string>& words, const std::string& message) {
  RunOptions options;
  options.input = &message;
  return run_program(words, options);
}

}  // namespace arcollect::cli
