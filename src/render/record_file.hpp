// A record file a command wrote, or would write on a dry run: what its report prints about it.
#pragma once

#include <string>
#include <vector>

#include "render/json.hpp"

namespace arcollect {

struct RecordFile {
  std::string path;      // relative to the ledger root
  bool written = false;  // false: a dry run
  std::string text;
};

// What a writing command's JSON says about its files: "written" (false on a dry run) and
// "files", each with its "path" and the "text" it holds or would hold (for an append, the
// entry appended). The keys go at the top level of the command's document.
JsonObject files_json(const std::vector<RecordFile>& files);

}  // namespace arcollect
