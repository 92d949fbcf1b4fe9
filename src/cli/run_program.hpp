// Running a program the user chose (the mail command, the browser that prints PDF): without a
// shell, found only in PATH's absolute folders, in a process group of its own so that it can be
// stopped with every helper it started.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arcollect::cli {

// The file `name` names: itself when it holds a '/', else the first executable regular file of
// that name in an absolute folder of `path_variable` (relative folders, such as "." or an
// empty entry, would let the folder arcollect runs in, a ledger, choose the program); "" when
// there is none.
std::string find_program(std::string_view name, std::string_view path_variable);

struct RunOptions {
  const std::string* input = nullptr;  // written to its standard input; else it reads /dev/null
  // Its standard error goes here, and its standard output to /dev/null; else both are ours.
  const std::filesystem::path* log = nullptr;
  std::optional<std::chrono::seconds> timeout;  // then it is stopped
  bool stop_leftovers = false;           // stop what it started and left running when it ends
  std::vector<std::string> environment;  // "NAME=value": set for it, replacing ours
};

// Runs `words` (words[0] looked up with find_program in $PATH) and waits for it. Returns ""
// when it exited 0 having read all its input, else what went wrong, in words that start with
// its name. A SIGINT, SIGTERM or SIGHUP meanwhile stops it and its helpers, then throws Error
// with exit status 128 + the signal, so that arcollect ends too, cleaning up as it goes.
std::string run_program(const std::vector<std::string>& words, const RunOptions& options);

}  // namespace arcollect::cli
