// What `arcollect --version` and `arcollect version` print.
#pragma once

#include <string>

namespace arcollect::cli {

// "arcollect 0.1.0 (git v0.1.0-12-g76b49ae)": the version, and `git describe` of the source
// it was built from ("unknown" outside a git checkout).
std::string version_text();

}  // namespace arcollect::cli
