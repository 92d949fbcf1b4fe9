#pragma once

namespace arcollect::cli {

// Parses the command line, runs the command, and turns every error into a message on stderr
// and an exit status: 0 ok, 1 data or runtime error, 2 usage error.
int run(int argc, char** argv);

}  // namespace arcollect::cli
