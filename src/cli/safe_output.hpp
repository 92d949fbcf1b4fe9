// Everything arcollect prints goes through terminal_text, so that no text from a ledger can
// take over a terminal, whichever command, format or message printed it: one place, not one
// per print. Installed for the length of a run.
#pragma once

#include <memory>
#include <streambuf>

namespace arcollect::cli {

class SafeOutput {
 public:
  SafeOutput();   // std::cout and std::cerr now filter their output
  ~SafeOutput();  // writes what is left and puts the streams back
  SafeOutput(const SafeOutput&) = delete;
  SafeOutput& operator=(const SafeOutput&) = delete;

 private:
  class Filter;
  std::unique_ptr<Filter> out_, err_;
};

}  // namespace arcollect::cli
