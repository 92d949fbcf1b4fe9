#include "cli/pager.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "cli/run_program.hpp"
#include "cli/user_programs.hpp"
#include "ledger/error.hpp"

namespace arcollect::cli {

namespace {

std::string pager_command() {
  for (const char* name : {"ARCOLLECT_PAGER", "PAGER"})
    if (const char* value = std::getenv(name)) return value;
  return "less";
}

}  // namespace

Pager::Pager(bool wanted) {
  if (!wanted || !stdout_is_terminal()) return;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return;
  const std::string command = pager_command();
  std::vector<std::string> words;
  try {
    words = command_words(command, "PAGER", "pager");
  } catch (const Error&) {
    return;  // an empty or malformed pager: print as if there were none
  }
  if (words[0] == "cat") return;
  const char* path = std::getenv("PATH");
  const std::string program = find_program(words[0], path ? path : "");
  int fds[2];
  if (program.empty() || ::pipe(fds) != 0) return;
  std::cout.flush();
  std::fflush(stdout);
  pid_ = ::fork();
  if (pid_ < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return;
  }
  if (pid_ == 0) {
    ::dup2(fds[0], STDIN_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    ::setenv("LESS", "FRX", 0);
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
  terminal_ = ::dup(STDOUT_FILENO);
  ::dup2(fds[1], STDOUT_FILENO);
  ::close(fds[0]);
  ::close(fds[1]);
}

Pager::~Pager() {
  if (pid_ <= 0) return;
  std::cout.flush();
  std::fflush(stdout);
  // Standard output is the terminal again, so the pager reads to the end of its input.
  ::dup2(terminal_, STDOUT_FILENO);
  ::close(terminal_);
  // Ctrl-C belongs to the pager now: arcollect waits for it to quit, as git does.
  struct sigaction ignore {
  }, before{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGINT, &ignore, &before);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  ::sigaction(SIGINT, &before, nullptr);
}

}  // namespace arcollect::cli
