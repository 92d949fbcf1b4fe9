#include "cli/run_program.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "ledger/error.hpp"

namespace arcollect::cli {

namespace {

// A descriptor closed when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { reset(); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

// The signals run_program waits for, blocked while it runs and put back as they were after.
class WatchedSignals {
 public:
  WatchedSignals() {
    ::sigemptyset(&set_);
    for (int s : {SIGCHLD, SIGINT, SIGTERM, SIGHUP}) ::sigaddset(&set_, s);
    ::sigprocmask(SIG_BLOCK, &set_, &old_mask_);
    // A SIGCHLD ignored by whoever started arcollect would reap the child before we could.
    struct sigaction child = {};
    child.sa_handler = SIG_DFL;
    ::sigaction(SIGCHLD, &child, &old_child_);
  }
  ~WatchedSignals() {
    ::sigaction(SIGCHLD, &old_child_, nullptr);
    ::sigprocmask(SIG_SETMASK, &old_mask_, nullptr);
  }
  WatchedSignals(const WatchedSignals&) = delete;
  WatchedSignals& operator=(const WatchedSignals&) = delete;
  const sigset_t& set() const { return set_; }
  const sigset_t& old_mask() const { return old_mask_; }

 private:
  sigset_t set_{}, old_mask_{};
  struct sigaction old_child_ = {};
};

// Kills the program's process group, else (when it has none yet) the program itself, which is
// not yet reaped, so its pid is still its own.
void stop_running(pid_t pid) {
  if (::kill(-pid, SIGKILL) != 0) ::kill(pid, SIGKILL);
}

const char* signal_name(int signal) {
  return signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "SIGHUP";
}

std::string seconds_text(std::chrono::seconds s) {
  return s.count() == 1 ? "1 second" : fmt::format("{} seconds", s.count());
}

}  // namespace

std::string find_program(std::string_view name, std::string_view path_variable) {
  if (name.find('/') != std::string_view::npos) return std::string(name);
  while (true) {
    std::size_t colon = path_variable.find(':');
    std::string_view folder = path_variable.substr(0, colon);
    if (folder.starts_with('/')) {
      std::string candidate = std::string(folder) + "/" + std::string(name);
      struct stat st {};
      if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
          ::access(candidate.c_str(), X_OK) == 0)
        return candidate;
    }
    if (colon == std::string_view::npos) return "";
    path_variable.remove_prefix(colon + 1);
  }
}

std::string run_program(const std::vector<std::string>& words, const RunOptions& options) {
  const char* path_variable = std::getenv("PATH");
  const std::string program = find_program(words[0], path_variable ? path_variable : "");
  if (program.empty()) return fmt::format("{} is in no folder of PATH", words[0]);
  if (::access(program.c_str(), X_OK) != 0)
    return fmt::format("cannot run {}: {}", words[0], std::strerror(errno));
  std::vector<char*> argv;
  for (const auto& w : words) argv.push_back(const_cast<char*>(w.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (char** variable = environ; *variable; ++variable) {
    const std::string_view entry = *variable;
    const bool replaced = std::any_of(
        options.environment.begin(), options.environment.end(), [&](const std::string& set) {
          return entry.substr(0, entry.find('=') + 1) == set.substr(0, set.find('=') + 1);
        });
    if (!replaced) envp.push_back(*variable);
  }
  for (const auto& set : options.environment) envp.push_back(const_cast<char*>(set.c_str()));
  envp.push_back(nullptr);
  // All the child needs, made before fork: after it, only async-signal-safe calls.
  const std::string cannot_run = fmt::format("arcollect: cannot run {}: ", words[0]);
  int pipe_fds[2] = {-1, -1};
  if (options.input && ::pipe2(pipe_fds, O_CLOEXEC) != 0)
    return fmt::format("cannot make a pipe to {}: {}", words[0], std::strerror(errno));
  Fd input_read(pipe_fds[0]), input_write(pipe_fds[1]);
  Fd null(::open("/dev/null", O_RDWR | O_CLOEXEC));
  if (null.get() < 0) return fmt::format("cannot open /dev/null: {}", std::strerror(errno));
  Fd log(options.log ? ::open(options.log->c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)
                     : -1);
  if (options.log && log.get() < 0)
    return fmt::format("cannot write {}: {}", options.log->string(), std::strerror(errno));

  WatchedSignals signals;
  const pid_t pid = ::fork();
  if (pid < 0) return fmt::format("cannot start {}: {}", words[0], std::strerror(errno));
  if (pid == 0) {
    ::setpgid(0, 0);
    ::sigprocmask(SIG_SETMASK, &signals.old_mask(), nullptr);
    ::dup2(options.input ? input_read.get() : null.get(), STDIN_FILENO);
    if (options.log) {
      ::dup2(null.get(), STDOUT_FILENO);
      ::dup2(log.get(), STDERR_FILENO);
    }
    ::execve(program.c_str(), argv.data(), envp.data());
    const char* why = std::strerror(errno);
    ssize_t ignored = ::write(STDERR_FILENO, cannot_run.data(), cannot_run.size());
    ignored = ::write(STDERR_FILENO, why, std::strlen(why));
    ignored = ::write(STDERR_FILENO, "\n", 1);
    (void)ignored;
    ::_exit(127);
  }
  ::setpgid(pid, pid);  // as the child does: whichever runs first, the group exists
  input_read.reset();

  bool all_read = true;
  if (options.input) {
    // A program that exits early must not kill us with SIGPIPE; its status says what happened.
    struct sigaction ignore = {}, old = {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &old);
    std::string_view rest = *options.input;
    while (!rest.empty()) {
      ssize_t n = ::write(input_write.get(), rest.data(), rest.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) break;
      rest.remove_prefix(static_cast<std::size_t>(n));
    }
    all_read = rest.empty();
    input_write.reset();
    ::sigaction(SIGPIPE, &old, nullptr);
  }

  const auto deadline =
      std::chrono::steady_clock::now() + options.timeout.value_or(std::chrono::seconds{0});
  int status = 0, interrupted = 0;
  std::string failed;
  while (true) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      failed = fmt::format("lost track of {}: {}", words[0], std::strerror(errno));
      break;
    }
    int signal = 0;
    if (options.timeout) {
      const auto left = deadline - std::chrono::steady_clock::now();
      if (left <= std::chrono::nanoseconds::zero()) {
        stop_running(pid);
        ::waitpid(pid, &status, 0);
        failed = fmt::format("{} did not finish within {} and was stopped", words[0],
                             seconds_text(*options.timeout));
        break;
      }
      const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
      const timespec wait{static_cast<time_t>(ns / 1'000'000'000),
                          static_cast<long>(ns % 1'000'000'000)};
      signal = ::sigtimedwait(&signals.set(), nullptr, &wait);
    } else {
      signal = ::sigwaitinfo(&signals.set(), nullptr);
    }
    if (signal == SIGINT || signal == SIGTERM || signal == SIGHUP) {
      stop_running(pid);
      ::waitpid(pid, &status, 0);
      interrupted = signal;
      break;
    }
  }
  // The program is reaped: only its group is killed now, never a pid that may be another's.
  if (options.stop_leftovers || interrupted) ::kill(-pid, SIGKILL);
  if (interrupted)
    throw Error(fmt::format("stopped by {}, and {} with it", signal_name(interrupted), words[0]),
                128 + interrupted);
  if (!failed.empty()) return failed;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
    return all_read ? "" : fmt::format("{} stopped reading its input", words[0]);
  if (WIFEXITED(status))
    return fmt::format("{} exited with status {}", words[0], WEXITSTATUS(status));
  return fmt::format("{} was killed by signal {}", words[0], WTERMSIG(status));
}

}  // namespace arcollect::cli
