#include "cli/sendmail.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/user_programs.hpp"
#include "ledger/error.hpp"

namespace arcollect::cli {

std::vector<std::string> sendmail_words(const std::string& option) {
  if (!option.empty()) return command_words(option, "--sendmail");
  if (const char* env = std::getenv("ARCOLLECT_SENDMAIL"); env && *env)
    return command_words(env, "ARCOLLECT_SENDMAIL");
  const UserConfig config = load_user_config("nothing was sent");
  if (config.sendmail_command)
    return command_words(*config.sendmail_command,
                         user_config_path() + ": [mail] sendmail_command");
  return {"/usr/sbin/sendmail", "-t", "-i"};
}

std::string pipe_to_command(const std::vector<std::string>& words, const std::string& message) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    return fmt::format("cannot make a pipe: {}", std::strerror(errno));
  std::vector<char*> argv;
  for (const auto& w : words) argv.push_back(const_cast<char*>(w.c_str()));
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) {
    int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return fmt::format("cannot start {}: {}", words[0], std::strerror(err));
  }
  if (pid == 0) {
    ::dup2(fds[0], STDIN_FILENO);
    ::execvp(argv[0], argv.data());
    std::string error =
        fmt::format("arcollect: cannot run {}: {}\n", words[0], std::strerror(errno));
    ssize_t ignored = ::write(STDERR_FILENO, error.data(), error.size());
    (void)ignored;
    ::_exit(127);
  }
  ::close(fds[0]);
  // A command that exits early must not kill us with SIGPIPE; its status tells what happened.
  struct sigaction ignore = {}, old = {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &old);
  std::string_view rest = message;
  while (!rest.empty()) {
    ssize_t n = ::write(fds[1], rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  ::close(fds[1]);
  ::sigaction(SIGPIPE, &old, nullptr);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return fmt::format("lost track of {}: {}", words[0], std::strerror(errno));
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
    return rest.empty() ? "" : fmt::format("{} stopped reading the message", words[0]);
  if (WIFEXITED(status))
    return fmt::format("{} exited with status {}", words[0], WEXITSTATUS(status));
  return fmt::format("{} was killed by signal {}", words[0], WTERMSIG(status));
}

}  // namespace arcollect::cli
