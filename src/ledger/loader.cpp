#include "ledger/loader.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <thread>
#include <unordered_map>

#include "ledger/file_sink.hpp"
#include "ledger/resolve.hpp"
#include "ledger/root.hpp"
#include "ledger/toml_reader.hpp"

namespace fs = std::filesystem;

namespace arcollect {

namespace {

template <class T>
void append(std::vector<T>& into, std::vector<T>& from) {
  into.insert(into.end(), std::make_move_iterator(from.begin()),
              std::make_move_iterator(from.end()));
}

Diagnostic unreadable(const std::string& path, const std::string& why) {
  Diagnostic d;
  d.code = DiagCode::unreadable_file;
  d.path = path;
  d.line = 1;
  d.column = 1;
  d.message = fmt::format("cannot read this file: {}", why);
  return d;
}

// Fills in the source line of diagnostics made after their file's text was let go.
void add_source_lines(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& paths,
                      const ReadSource& read) {
  std::unordered_map<std::string, std::size_t> index;
  std::unordered_map<std::size_t, std::string> texts;
  for (auto& d : diagnostics) {
    if (!d.source_line.empty() || d.line == 0) continue;
    if (index.empty())
      for (std::size_t i = 0; i < paths.size(); ++i) index.emplace(paths[i], i);
    auto file = index.find(d.path);
    if (file == index.end()) continue;
    auto text = texts.find(file->second);
    if (text == texts.end()) {
      std::string content, error;
      if (!read(file->second, content, error)) content.clear();
      text = texts.emplace(file->second, std::move(content)).first;
    }
    d.source_line = std::string(line_of(text->second, d.line));
  }
}

}  // namespace

bool read_whole_file(const fs::path& path, std::string& text, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  text.clear();
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

LoadResult load_sources(const std::vector<std::string>& paths, const ReadSource& read,
                        unsigned threads) {
  LoadResult result;
  Book& book = result.book;
  book.files = paths;
  if (paths.empty()) return result;

  {
    std::string text, error;
    if (read(0, text, error))
      book.settings = read_settings(text, paths[0], 0, result.diagnostics);
    else
      result.diagnostics.push_back(unreadable(paths[0], error));
  }

  std::vector<FileRecords> parsed(paths.size());
  std::atomic<std::size_t> next{1};
  auto work = [&] {
    std::string text, error;
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      if (read(i, text, error))
        parsed[i] = read_records(text, paths[i], static_cast<std::uint32_t>(i));
      else
        parsed[i].diagnostics.push_back(unreadable(paths[i], error));
    }
  };
  threads = std::clamp<unsigned>(threads, 1, 64);
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, paths.size()));
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();

  for (auto& file : parsed) {
    append(book.customers, file.customers);
    append(book.invoices, file.invoices);
    append(book.payments, file.payments);
    append(book.contacts, file.contacts);
    append(book.plans, file.plans);
    append(result.diagnostics, file.diagnostics);
  }
  parsed.clear();

  resolve(book, result.diagnostics);
  add_source_lines(result.diagnostics, paths, read);
  sort_diagnostics(result.diagnostics);
  return result;
}

LoadResult load_ledger(const fs::path& root, const std::string& display_root, unsigned threads) {
  std::vector<std::string> relative = list_record_files(root);
  relative.insert(relative.begin(), kSettingsFile);
  std::vector<std::string> shown;
  shown.reserve(relative.size());
  for (const auto& path : relative)
    shown.push_back(display_root.empty() ? path : display_root + "/" + path);
  ReadSource read = [&](std::size_t i, std::string& text, std::string& error) {
    return read_whole_file(root / relative[i], text, error);
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  return load_sources(shown, read, threads);
}

}  // namespace arcollect
