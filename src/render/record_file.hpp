// A record file a command wrote, or would write on a dry run: what its report prints about it.
#pragma once

#include <string>

namespace arcollect {

struct RecordFile {
  std::string path;      // relative to the ledger root
  bool written = false;  // false: a dry run
  std::string text;
};

}  // namespace arcollect
