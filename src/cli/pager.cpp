#include "cli/pager.hpp"

#include <fcntl.h>
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
#include "cli/settings.hpp"
#include "cli/user_programs.hpp"
#include "ledger/error.hpp"

namespace arcollect::cli {

namespace {

// For the signal handler: the pager to wait for and the terminal to give back.
volatile sig_atomic_t pager_pid = -1;
volatile sig_atomic_t terminal_fd = -1;

// Ends the pager's input, waits for the reader to quit it, and returns the terminal to
// standard output. Async-signal-safe, for finish_then_die.
void finish_pager() {
  if (pager_pid <= 0) return;
  ::dup2(terminal_fd, STDOUT_FILENO);
  ::close(terminal_fd);
  int status = 0;
  while (::waitpid(pager_pid, &status, 0) < 0 && errno == EINTR) {
  }
  pager_pid = -1;
}

// A signal while paging: arcollect dies of it, as it would have, but only once the pager has
// the terminal back; else less would be left fighting the shell for it.
void finish_then_die(int signal) {
  finish_pager();
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

}  // namespace

Pager::Pager(bool wanted) {
  if (!wanted || !stdout_is_terminal()) return;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return;
  std::vector<std::string> words;
  try {
    const Setting pager = pager_setting();
    words = command_words(pager.value, setting_source(pager), "the pager");
  } catch (const Error&) {
    return;  // an empty or malformed pager: print as if there were none
  }
  if (words[0] == "cat") return;
  const char* path = std::getenv("PATH");
  const std::string program = find_program(words[0], path ? path : "");
  // Close-on-exec, so that no program arcollect runs meanwhile (sendmail, git) holds the pager's
  // input open, or the terminal.
  int fds[2];
  if (program.empty() || ::pipe2(fds, O_CLOEXEC) != 0) return;
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
  terminal_fd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0);
  ::dup2(fds[1], STDOUT_FILENO);
  ::close(fds[0]);
  ::close(fds[1]);
  pager_pid = pid_;
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) ::signal(signal, finish_then_die);
}

Pager::~Pager() {
  if (pid_ <= 0) return;
  std::cout.flush();
  std::fflush(stdout);
  // Ctrl-C belongs to the pager now: arcollect waits for it to quit, as git does.
  ::signal(SIGINT, SIG_IGN);
  finish_pager();
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) ::signal(signal, SIG_DFL);
}

}  // namespace arcollect::cli
