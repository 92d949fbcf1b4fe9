// arcollect init --git: a new ledger folder made a git repository, with the pre-commit hook that
// checks each ledger as staged (examples/git/pre-commit) and a first commit.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace arcollect::cli {

// The hook's text, compiled in from examples/git/pre-commit.
std::string_view pre_commit_hook();

// Refuses, before anything is written, when git is not on PATH or `dir` (made or not) is
// inside a git work tree already: a repository within a repository is rarely what is meant.
void refuse_unless_git_can_start(const std::filesystem::path& dir);

// git init in `dir`, the hook in .git/hooks/pre-commit, then a commit of `files` (paths
// relative to `dir`). Throws Error with git's own words when a step fails, saying what is
// already in place.
void start_repository(const std::filesystem::path& dir,
                      const std::vector<std::filesystem::path>& files);

}  // namespace arcollect::cli
