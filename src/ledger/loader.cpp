#include "ledger/loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <thread>
#include <unordered_map>

#include <sys/mman.h>

#include "ledger/file_sink.hpp"
#include "ledger/rate_records.hpp"
#include "ledger/resolve.hpp"
#include "ledger/root.hpp"
#include "ledger/toml_reader.hpp"

namespace fs = std::filesystem;

namespace arcollect {

namespace {

// Asks the kernel to back a large block with huge pages: a merged vector is written once, from
// start to end, and with 4 KiB pages the faults of that first write cost more than the copying.
void advise_huge_pages(const void* data, std::size_t bytes) {
  constexpr std::uintptr_t kPage = 4096;
  if (bytes < (std::size_t{4} << 20)) return;
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kPage - 1) & ~(kPage - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kPage - 1);
  if (end > begin)
    ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // a hint only
}

// Moves one kind of record out of every file, in file order, into one vector sized once.
template <class T>
void gather(std::vector<FileRecords>& files, std::vector<T> FileRecords::*kind,
            std::vector<T>& into) {
  std::size_t total = into.size();
  for (const auto& file : files) total += (file.*kind).size();
  into.reserve(total);
  advise_huge_pages(into.data(), into.capacity() * sizeof(T));
  for (auto& file : files) {
    auto& from = file.*kind;
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
    from = std::vector<T>();  // given back now: the next kinds reuse the memory
  }
}

// The files' records, merged into the book in file order. Each kind is its own vector, so
// invoices (the most) go on a second thread while the other kinds merge on this one.
// A failure on either thread (out of memory) is rethrown here once both are done, and a thread
// that cannot be started leaves the work to this one.
void merge_records(std::vector<FileRecords>& files, Book& book,
                   std::vector<Diagnostic>& diagnostics, unsigned threads) {
  std::exception_ptr failed;
  auto gather_invoices = [&] {
    try {
      gather(files, &FileRecords::invoices, book.invoices);
    } catch (...) {
      failed = std::current_exception();
    }
  };
  std::jthread invoices;
  if (threads > 1) {
    try {
      invoices = std::jthread(gather_invoices);
    } catch (const std::system_error&) {
      gather_invoices();
    }
  } else {
    gather_invoices();
  }
  std::exception_ptr here;
  try {
    gather(files, &FileRecords::customers, book.customers);
    gather(files, &FileRecords::payments, book.payments);
    gather(files, &FileRecords::contacts, book.contacts);
    gather(files, &FileRecords::plans, book.plans);
    gather(files, &FileRecords::rates, book.rates);
    gather(files, &FileRecords::diagnostics, diagnostics);
  } catch (...) {
    here = std::current_exception();
  }
  if (invoices.joinable()) invoices.join();
  if (here) std::rethrow_exception(here);
  if (failed) std::rethrow_exception(failed);
}

Diagnostic file_problem(const std::string& path, DiagCode code, std::string message) {
  Diagnostic d;
  d.code = code;
  d.path = path;
  d.line = 1;
  d.column = 1;
  d.message = std::move(message);
  return d;
}

Diagnostic unreadable(const std::string& path, ReadStatus status, const std::string& why) {
  switch (status) {
    case ReadStatus::not_regular:
      return file_problem(path, DiagCode::not_regular_file,
                          fmt::format("{}; only regular files are read: move it out of the "
                                      "ledger",
                                      why));
    case ReadStatus::too_large:
      return file_problem(
          path, DiagCode::limit_exceeded,
          fmt::format("this file is {}; split its records over several files", why));
    case ReadStatus::outside:
      return file_problem(path, DiagCode::outside_ledger,
                          "this link leads outside the ledger folder, so it is not read; copy "
                          "what it points to into the ledger instead");
    case ReadStatus::ok:
    case ReadStatus::unreadable:
      break;
  }
  return file_problem(path, DiagCode::unreadable_file,
                      fmt::format("cannot read this file: {}", why));
}

// Fills in the source line of diagnostics made after their file's text was let go.
void add_source_lines(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& paths,
                      const ReadSource& read) {
  std::unordered_map<std::string, std::size_t> index;
  std::unordered_map<std::size_t, std::string> texts;
  for (auto& d : diagnostics) {
    if (!d.source_line.empty() || d.line == 0 || d.folded_errors || d.folded_warnings) continue;
    if (index.empty())
      for (std::size_t i = 0; i < paths.size(); ++i) index.emplace(paths[i], i);
    auto file = index.find(d.path);
    if (file == index.end()) continue;
    auto text = texts.find(file->second);
    if (text == texts.end()) {
      std::string content, error;
      if (read(file->second, content, error) != ReadStatus::ok) content.clear();
      text = texts.emplace(file->second, std::move(content)).first;
    }
    d.source_line = std::string(line_of(text->second, d.line));
  }
}

}  // namespace

bool read_whole_file(const fs::path& path, std::string& text, std::string& error) {
  return read_regular_file(path, text, error) == ReadStatus::ok;
}

LoadResult load_sources(const std::vector<std::string>& paths, const ReadSource& read,
                        unsigned threads) {
  LoadResult result;
  Book& book = result.book;
  book.files = paths;
  if (paths.empty()) return result;

  {
    std::string text, error;
    if (ReadStatus status = read(0, text, error); status == ReadStatus::ok)
      book.settings = read_settings(text, paths[0], 0, result.diagnostics);
    else
      result.diagnostics.push_back(unreadable(paths[0], status, error));
  }

  std::vector<FileRecords> parsed(paths.size());
  std::atomic<std::size_t> next{1};
  auto work = [&] {
    std::string text, error;
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      if (ReadStatus status = read(i, text, error); status == ReadStatus::ok)
        parsed[i] = read_records(text, paths[i], static_cast<std::uint32_t>(i));
      else
        parsed[i].diagnostics.push_back(unreadable(paths[i], status, error));
    }
  };
  threads = std::clamp<unsigned>(threads, 1, 64);
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, paths.size()));
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();

  merge_records(parsed, book, result.diagnostics, threads);
  parsed.clear();

  // A file left mid-merge holds records the others refer to: what resolving them would say
  // (an unknown customer, say) follows from the conflict and would bury it, so it waits.
  const bool unmerged =
      std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                  [](const Diagnostic& d) { return d.code == DiagCode::merge_conflict; });
  if (!unmerged) {
    resolve(book, result.diagnostics);
    check_rate_records(book, result.diagnostics);
  }
  sort_diagnostics(result.diagnostics);
  fold_diagnostics(result.diagnostics);
  add_source_lines(result.diagnostics, paths, read);
  return result;
}

LoadResult load_ledger(const fs::path& root, const std::string& display_root, unsigned threads) {
  RecordFiles listed = list_record_files(root);
  std::vector<std::string>& relative = listed.files;
  relative.insert(relative.begin(), kSettingsFile);
  auto show = [&](const std::string& path) {
    return display_root.empty() ? path : display_root + "/" + path;
  };
  std::vector<std::string> shown;
  shown.reserve(relative.size());
  for (const auto& path : relative) shown.push_back(show(path));
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  ReadSource read = [&](std::size_t i, std::string& text, std::string& error) {
    // Record files were checked as they were listed; arcollect.toml is checked here.
    std::error_code link_ec;
    if (i == 0 && fs::is_symlink(root / relative[0], link_ec) &&
        !resolves_inside(real_root, root / relative[0])) {
      return ReadStatus::outside;
    }
    return read_regular_file(root / relative[i], text, error);
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  LoadResult result = load_sources(shown, read, threads);
  result.book.display_root = display_root;
  for (const auto& problem : listed.problems)
    result.diagnostics.push_back(file_problem(show(problem.path), problem.code, problem.message));
  sort_diagnostics(result.diagnostics);  // stable: the folds stay after what they follow
  return result;
}

}  // namespace arcollect
