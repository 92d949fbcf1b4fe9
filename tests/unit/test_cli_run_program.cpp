// Running the user's programs: found only in absolute PATH folders, their failures in words,
// stopped when late, and nothing they started left behind when asked.
#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/print_pdf.hpp"
#include "cli/run_program.hpp"

using namespace arcollect::cli;
namespace fs = std::filesystem;

namespace {

struct ScratchFolder {
  fs::path path = fs::temp_directory_path() / ("arcollect-run-test-" + std::to_string(::getpid()));
  ScratchFolder() { fs::create_directories(path); }
  ~ScratchFolder() { fs::remove_all(path); }
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("programs are found in absolute PATH folders only") {
  ScratchFolder scratch;
  const fs::path program = scratch.path / "tool";
  std::ofstream(program) << "#!/bin/sh\n";
  fs::permissions(program, fs::perms::owner_all);
  const std::string folder = scratch.path.string();
  CHECK(find_program("tool", "/nonexistent:" + folder) == folder + "/tool");
  CHECK(find_program("tool", "/nonexistent") == "");
  CHECK(find_program("/bin/sh", "") == "/bin/sh");
  // A relative folder, or an empty entry (the current folder), is never searched: the folder
  // arcollect runs in may be a ledger, which must not choose the program.
  const fs::path before = fs::current_path();
  fs::current_path(scratch.path);
  CHECK(find_program("tool", ".::tool-folder") == "");
  fs::current_path(before);
}

TEST_CASE("a program's failure in words") {
  RunOptions none;
  CHECK(run_program({"sh", "-c", "exit 0"}, none) == "");
  CHECK(run_program({"sh", "-c", "exit 3"}, none) == "sh exited with status 3");
  CHECK(run_program({"sh", "-c", "kill -9 $$"}, none) == "sh was killed by signal 9");
  CHECK(run_program({"no-such-program-for-arcollect"}, none) ==
        "no-such-program-for-arcollect is in no folder of PATH");
}

TEST_CASE("a program gets its input, and its errors go to the log") {
  ScratchFolder scratch;
  const std::string input = "To: a@example.com\n\nhello\n";
  const fs::path out = scratch.path / "out", log = scratch.path / "log";
  RunOptions options;
  options.input = &input;
  options.log = &log;
  CHECK(run_program({"sh", "-c", "cat >" + out.string() + "; echo said >&2"}, options) == "");
  CHECK(slurp(out) == input);
  CHECK(slurp(log) == "said\n");
  // Its environment is ours, but for what is set for it.
  RunOptions environment;
  environment.environment = {"TMPDIR=/private/for/it"};
  CHECK(run_program({"sh", "-c", "echo $TMPDIR:$PATH >" + out.string()}, environment) == "");
  CHECK(slurp(out).starts_with("/private/for/it:/"));
}

TEST_CASE("a program past its time is stopped, and what it left running with it") {
  ScratchFolder scratch;
  const fs::path pid_file = scratch.path / "pid";
  RunOptions options;
  options.timeout = std::chrono::seconds(1);
  const auto start = std::chrono::steady_clock::now();
  CHECK(run_program({"sleep", "30"}, options) ==
        "sleep did not finish within 1 second and was stopped");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));

  // A helper still running when the program exits is stopped when asked.
  RunOptions leftovers;
  leftovers.stop_leftovers = true;
  CHECK(run_program({"sh", "-c", "sleep 300 & echo $! >" + pid_file.string()}, leftovers) == "");
  const std::string stat =
      "/proc/" + slurp(pid_file).substr(0, slurp(pid_file).find('\n')) + "/stat";
  // Gone, or a zombie waiting for whoever adopted it.
  bool running = false;
  for (int tries = 0; tries < 100; ++tries) {
    const std::string fields = slurp(stat);
    const std::size_t close = fields.rfind(')');
    running = close != std::string::npos && fields.size() > close + 2 && fields[close + 2] != 'Z';
    if (!running) break;
    usleep(20'000);
  }
  CHECK_FALSE(running);
}

TEST_CASE("a page's file URL is absolute and percent-encoded") {
  CHECK(file_url("/tmp/a b/#1%/page.html") == "file:///tmp/a%20b/%231%25/page.html");
}
