#include "cli/print_pdf.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <span>
#include <vector>

#include "cli/context.hpp"
#include "cli/run_program.hpp"
#include "cli/settings.hpp"
#include "cli/temp_folder.hpp"
#include "cli/user_programs.hpp"
#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

constexpr std::chrono::seconds kPrintTimeout{120};
constexpr std::string_view kBrowsers[] = {"chromium", "chromium-browser", "google-chrome",
                                          "google-chrome-stable"};

std::vector<std::string> browser_words() {
  const Setting command = pdf_setting();
  if (!command.value.empty())
    return command_words(command.value, setting_source(command), "the PDF command");
  throw Error(fmt::format(
      "--format pdf needs Chromium to print the page, and none was found on PATH ({}): install "
      "it (apt install chromium), or name a Chromium-compatible browser as [letters] "
      "pdf_command in ~/.config/arcollect/config.toml; --format html writes the page for any "
      "browser to print",
      fmt::join(kBrowsers, ", ")));
}

// The last line the browser wrote to its log, which says what failed when it failed.
std::string last_log_line(const fs::path& log) {
  std::string text, error;
  if (!read_whole_file(log, text, error)) return "";
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::size_t start = text.rfind('\n');
  return start == std::string::npos ? text : text.substr(start + 1);
}

}  // namespace

std::string find_browser() {
  const char* path = std::getenv("PATH");
  for (std::string_view name : kBrowsers)
    if (!find_program(name, path ? path : "").empty()) return std::string(name);
  return "";
}

std::string file_url(const fs::path& path) {
  std::string url = "file://";
  for (unsigned char c : path.string()) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    url += unreserved ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return url;
}

std::string print_pdf(const std::string& html) {
  std::vector<std::string> words = browser_words();
  // The page, the PDF and the browser's profile.
  TempFolder folder("print", "to print in");
  const fs::path page = folder.path() / "page.html";
  const fs::path pdf = folder.path() / "page.pdf";
  const fs::path log = folder.path() / "browser.log";
  replace_file(page, html);
  // Headless, and quiet: a fresh profile would otherwise fetch components, sync and report.
  for (std::string_view flag :
       {"--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-crash-reporter", "--no-pdf-header-footer"})
    words.emplace_back(flag);
  // Chromium will not run as root with its sandbox. The page has no script and its policy
  // forbids loading anything, so what it runs without one is only layout.
  if (::geteuid() == 0) words.emplace_back("--no-sandbox");
  words.push_back("--user-data-dir=" + (folder.path() / "profile").string());
  words.push_back("--print-to-pdf=" + pdf.string());
  words.push_back(file_url(page));
  RunOptions options;
  options.log = &log;
  options.timeout = kPrintTimeout;
  options.stop_leftovers = true;
  // Chromium keeps files of its own in TMPDIR: in the private folder, they go with it.
  options.environment = {"TMPDIR=" + folder.path().string()};
  std::string failed = run_program(words, options);
  if (!failed.empty()) {
    if (std::string said = last_log_line(log); !said.empty()) failed += ": " + said;
    throw Error(fmt::format("printing to PDF failed: {}; nothing was printed", failed));
  }
  std::error_code missing;
  if (!fs::exists(pdf, missing))
    throw Error(
        fmt::format("printing to PDF failed: {} wrote no PDF; nothing was printed", words[0]));
  std::string bytes, error;
  if (!read_whole_file(pdf, bytes, error))
    throw Error(
        fmt::format("printing to PDF failed: the PDF {} wrote cannot be read: {}; "
                    "nothing was printed",
                    words[0], error));
  if (!bytes.starts_with("%PDF-"))
    throw Error(
        fmt::format("printing to PDF failed: what {} wrote is not a PDF; nothing was "
                    "printed",
                    words[0]));
  return bytes;
}

void refuse_terminal(std::string_view what) {
  if (stdout_is_terminal())
    throw UsageError(fmt::format(
        "this writes {}, which a terminal cannot show: send it to a file (> FILE) or a program",
        what));
}

void write_binary(const std::string& bytes, std::string_view what) {
  std::cout.flush();
  std::string_view rest = bytes;
  while (!rest.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(fmt::format("cannot write {}: {}", what, std::strerror(errno)));
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace arcollect::cli
