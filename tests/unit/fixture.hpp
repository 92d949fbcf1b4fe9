// In-memory ledgers for unit tests: no disk involved.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ledger/loader.hpp"

namespace arcollect::test {

inline const char* kSettings = R"([business]
name = "Test Ltd"
currency = "GBP"
)";

// files[0] is arcollect.toml; each entry is {path, text}.
inline LoadResult load_texts(std::vector<std::pair<std::string, std::string>> files,
                             unsigned threads = 1) {
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(f.first);
  ReadSource read = [files](std::size_t i, std::string& text, std::string&) {
    text = files[i].second;
    return ReadStatus::ok;
  };
  return load_sources(paths, read, threads);
}

inline LoadResult load_records(const std::string& records) {
  return load_texts({{"arcollect.toml", kSettings}, {"records.toml", records}});
}

inline std::string messages(const LoadResult& result) {
  std::string out;
  for (const auto& d : result.diagnostics)
    out += d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
           std::string(code_name(d.code)) + ": " + d.message + "\n";
  return out;
}

}  // namespace arcollect::test
