#include "cli/sendmail.hpp"

#include <cstdlib>

#include "cli/run_program.hpp"
#include "cli/settings.hpp"
#include "cli/user_programs.hpp"
#include "ledger/error.hpp"

namespace arcollect::cli {

std::vector<std::string> sendmail_words(const std::string& option) {
  const Setting command = sendmail_setting(option);
  return command_words(command.value, setting_source(command), "the mail command");
}

std::string pipe_to_command(const std::vector<std::string>& words, const std::string& message) {
  RunOptions options;
  options.input = &message;
  return run_program(words, options);
}

}  // namespace arcollect::cli
