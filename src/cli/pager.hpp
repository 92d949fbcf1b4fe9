// Long output on a terminal goes through the user's pager, as git's does: $ARCOLLECT_PAGER,
// else $PAGER, else less, with LESS=FRX unless LESS is set (quit when it fits one screen, keep
// colour, leave the text on the screen). Never when standard output is not a terminal.
#pragma once

#include <sys/types.h>

namespace arcollect::cli {

class Pager {
 public:
  // Starts the pager when `wanted` (no --no-pager), standard output is a terminal, TERM is not
  // dumb, and the pager is not "cat" or empty; standard output then feeds it.
  explicit Pager(bool wanted);
  // Ends its input and waits for the reader to quit it; so does SIGINT, SIGTERM or SIGHUP
  // meanwhile, before arcollect dies of it.
  ~Pager();
  Pager(const Pager&) = delete;
  Pager& operator=(const Pager&) = delete;

 private:
  pid_t pid_ = -1;
};

}  // namespace arcollect::cli
