#include "cli/init_git.hpp"

#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "cli/run_program.hpp"
#include "cli/temp_folder.hpp"
#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

struct GitResult {
  bool ok = false;
  std::string said;  // git's standard error, its first line, when it failed
};

// git with `args`, in `dir`; standard output discarded, standard error kept for the message.
GitResult git(const fs::path& dir, std::vector<std::string> args) {
  TempFolder folder("git", "for git's messages");
  const fs::path log = folder.path() / "stderr";
  RunOptions options;
  options.log = &log;
  options.timeout = std::chrono::seconds(120);
  std::vector<std::string> words{"git", "-C", dir.string()};
  words.insert(words.end(), args.begin(), args.end());
  GitResult result;
  const std::string failed = run_program(words, options);
  result.ok = failed.empty();
  if (!result.ok) {
    std::string text, error;
    read_whole_file(log, text, error);
    const auto end = text.find('\n');
    result.said = text.substr(0, end);
    if (result.said.empty()) result.said = failed;
  }
  return result;
}

}  // namespace

void refuse_unless_git_can_start(const fs::path& dir) {
  // The folder may not be made yet: its nearest folder that is decides.
  fs::path there = fs::absolute(dir);
  std::error_code ec;
  while (!fs::is_directory(there, ec) && there.has_relative_path()) there = there.parent_path();
  const char* path = std::getenv("PATH");
  if (find_program("git", path ? path : "").empty())
    throw Error(
        "--git: git is not on PATH; install git (apt-get install git), or run init without "
        "--git");
  if (git(there, {"rev-parse", "--is-inside-work-tree"}).ok)
    throw Error(fmt::format(
        "--git: {} is inside a git repository already; run init without --git there, and "
        "install examples/git/pre-commit as that repository's hook",
        dir.string()));
}

void start_repository(const fs::path& dir, const std::vector<fs::path>& files) {
  if (GitResult r = git(dir, {"init", "--quiet"}); !r.ok)
    throw Error(fmt::format("git init: {}; the ledger's files are written, without git", r.said));
  const fs::path hook = dir / ".git" / "hooks" / "pre-commit";
  write_new_file(hook, pre_commit_hook());
  fs::permissions(hook, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
  std::vector<std::string> add{"add", "--"};
  for (const fs::path& file : files) add.push_back(file.string());
  if (GitResult r = git(dir, add); !r.ok)
    throw Error(fmt::format("git add: {}; the repository and its hook are in place", r.said));
  // arcollect wrote these files a moment ago, and the hook may not find arcollect on PATH.
  if (GitResult r = git(dir, {"commit", "--quiet", "--no-verify", "-m", "A new arcollect ledger"});
      !r.ok)
    throw Error(fmt::format(
        "git commit: {}; the repository, its hook and the staged files are in place: commit "
        "them with git commit",
        r.said));
}

}  // namespace arcollect::cli
