// Writes stay inside the ledger: no folder on the way may be a link, wherever it leads, and a
// refused write leaves nothing behind.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/file_read.hpp"
#include "ledger/write_beneath.hpp"

namespace fs = std::filesystem;
using namespace arcollect;

namespace {

struct Scratch {
  fs::path dir;
  Scratch() {
    std::string name = (fs::temp_directory_path() / "arcollect-write-XXXXXX").string();
    dir = ::mkdtemp(name.data());
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

std::size_t files_below(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    n += entry.is_regular_file() ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("a new file is written beneath the root, its folders made") {
  Scratch s;
  fs::create_directory(s.dir / "ledger");
  write_new_file_beneath(s.dir / "ledger", "log/2026/12/a.toml", "x = 1\n");
  std::string text, error;
  CHECK(read_regular_file(s.dir / "ledger/log/2026/12/a.toml", text, error) == ReadStatus::ok);
  CHECK(text == "x = 1\n");
  CHECK_THROWS_AS(write_new_file_beneath(s.dir / "ledger", "log/2026/12/a.toml", "y"), Error);
  CHECK(files_below(s.dir / "ledger") == 1);  // no temporary file is left
}

TEST_CASE("no folder on the way may be a link, and nothing escapes by '..'") {
  Scratch s;
  fs::create_directories(s.dir / "ledger");
  fs::create_directories(s.dir / "outside");
  fs::create_directory_symlink("../outside", s.dir / "ledger/log");
  CHECK_THROWS_WITH_AS(write_new_file_beneath(s.dir / "ledger", "log/a.toml", "x"),
                       doctest::Contains("log: is a link"), Error);
  CHECK_THROWS_AS(write_new_file_beneath(s.dir / "ledger", "../outside/a.toml", "x"), Error);
  CHECK_THROWS_AS(write_new_file_beneath(s.dir / "ledger", "plans/../../outside/a.toml", "x"),
                  Error);
  CHECK(files_below(s.dir / "outside") == 0);
}

TEST_CASE("only a regular file is read, and only up to the limit") {
  Scratch s;
  std::string text, error;
  CHECK(read_regular_file(s.dir, text, error) == ReadStatus::not_regular);
  CHECK(error == "it is a folder, not a regular file");
  CHECK(read_regular_file("/dev/null", text, error) == ReadStatus::not_regular);
  CHECK(read_regular_file(s.dir / "missing", text, error) == ReadStatus::unreadable);
  fs::path big = s.dir / "big.toml";
  std::ofstream(big).close();
  fs::resize_file(big, (64ull << 20) + 1);  // sparse: no disk is spent
  CHECK(read_regular_file(big, text, error) == ReadStatus::too_large);
  CHECK(text.empty());
}

TEST_CASE("a file larger than fstat said is read to its end") {
  // /proc files report a size of 0 and hold more: the read goes on past the size it was given.
  std::string text, error;
  REQUIRE(read_regular_file("/proc/self/status", text, error) == ReadStatus::ok);
  CHECK(text.find("Name:") == 0);
  CHECK(text.back() == '\n');
}
