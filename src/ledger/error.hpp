// Errors the user can fix, caught once in cli::run and shown as "arcollect: message".
#pragma once

#include <stdexcept>
#include <string>

namespace arcollect {

enum ExitCode { kExitOk = 0, kExitError = 1, kExitUsage = 2 };

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, int exit_code = kExitError)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

// A bad command line: exit status 2.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, kExitUsage) {}
};

}  // namespace arcollect
