// The project's promises about itself: every diagnostic code has a reproducer under
// tests/errors/, and every command has a man page and golden tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "ledger/diagnostic.hpp"

namespace fs = std::filesystem;
using namespace arcollect;

namespace {

const fs::path kSource = ARCOLLECT_SOURCE_DIR;

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("every diagnostic code has a reproducer in tests/errors") {
  for (DiagCode code : all_diag_codes()) {
    // The folder spells the code's hyphens as underscores (tests/CMakeLists.txt).
    std::string folder(code_name(code));
    std::replace(folder.begin(), folder.end(), '-', '_');
    fs::path dir = kSource / "tests" / "errors" / folder;
    CHECK_MESSAGE(fs::exists(dir / "cmd"), "no reproducer for ", code_name(code));
    CHECK_MESSAGE(fs::exists(dir / "expected.stderr"), "no expectation for ", code_name(code));
  }
}

TEST_CASE("every command has a man page, a mention in arcollect(1) and golden tests") {
  std::string overview = slurp(kSource / "man" / "arcollect.1");
  for (const auto& command : cli::commands()) {
    std::string name(command.name);
    CHECK_MESSAGE(fs::exists(kSource / "man" / ("arcollect-" + name + ".1")), "no man page for ",
                  name);
    CHECK_MESSAGE(overview.find("arcollect-" + name) != std::string::npos,
                  "arcollect.1 does not mention ", name);
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(kSource / "tests" / "cli")) {
      std::string cmd = slurp(entry.path() / "cmd");
      if (cmd.find("arcollect " + name) != std::string::npos ||
          cmd.find(" " + name + " ") != std::string::npos)
        ++cases;
    }
    CHECK_MESSAGE(cases >= 2, "fewer than two golden tests for ", name);
  }
}
