#include "cli/print_pdf.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <span>
#include <thread>
#include <vector>

#include "cli/user_programs.hpp"
#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

constexpr auto kPrintTimeout = std::chrono::seconds(120);
constexpr std::string_view kBrowsers[] = {"chromium", "chromium-browser", "google-chrome",
                                          "google-chrome-stable"};

// The first of `names` that is an executable file in a folder of PATH.
std::string find_on_path(std::span<const std::string_view> names) {
  const char* path = std::getenv("PATH");
  if (!path) return "";
  for (std::string_view name : names) {
    std::string_view rest = path;
    while (true) {
      std::size_t colon = rest.find(':');
      std::string folder(rest.substr(0, colon));
      if (!folder.empty()) {
        std::string candidate = folder + "/" + std::string(name);
        struct stat st {};
        if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
            ::access(candidate.c_str(), X_OK) == 0)
          return candidate;
      }
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  return "";
}

std::vector<std::string> browser_words() {
  const UserConfig config = load_user_config("nothing was printed");
  if (config.pdf_command)
    return command_words(*config.pdf_command, user_config_path() + ": [letters] pdf_command",
                         "the PDF command");
  std::string found = find_on_path(kBrowsers);
  if (found.empty())
    throw Error(fmt::format(
        "--format pdf needs Chromium to print the page, and none was found on PATH ({}): "
        "install it (apt install chromium), or name a Chromium-compatible browser as [letters] "
        "pdf_command in ~/.config/arcollect/config.toml; --format html writes the page for any "
        "browser to print",
        fmt::join(kBrowsers, ", ")));
  return {found};
}

// A private folder for the page, the PDF and the browser's profile, removed when done.
class PrintFolder {
 public:
  PrintFolder() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/arcollect-print-XXXXXX";
    if (!::mkdtemp(pattern.data()))
      throw Error(fmt::format("cannot make a folder to print in under {}: {}",
                              fs::path(pattern).parent_path().string(), std::strerror(errno)));
    path_ = pattern;
  }
  ~PrintFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  PrintFolder(const PrintFolder&) = delete;
  PrintFolder& operator=(const PrintFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// file:///tmp/arcollect-print-x/page.html, every byte but the unreserved ones and '/'
// percent-encoded (RFC 3986), so a TMPDIR with '#', '?' or '%' in it still names the file.
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

// The last line the browser wrote about itself that says what failed.
std::string last_words(const fs::path& log) {
  std::string text, error;
  if (!read_whole_file(log, text, error)) return "";
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::size_t start = text.rfind('\n');
  return start == std::string::npos ? text : text.substr(start + 1);
}

// Runs the browser: no shell, standard input empty, its chatter in `log`. Returns "" when it
// exited 0, else what went wrong.
std::string run_browser(const std::vector<std::string>& words, const fs::path& log) {
  std::vector<char*> argv;
  for (const auto& w : words) argv.push_back(const_cast<char*>(w.c_str()));
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) return fmt::format("cannot start {}: {}", words[0], std::strerror(errno));
  if (pid == 0) {
    ::setpgid(0, 0);  // its own process group, so a stuck browser goes with all its helpers
    int null = ::open("/dev/null", O_RDWR);
    int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (null >= 0) ::dup2(null, STDIN_FILENO), ::dup2(null, STDOUT_FILENO);
    if (err >= 0) ::dup2(err, STDERR_FILENO);
    ::execvp(argv[0], argv.data());
    std::string error = fmt::format("cannot run {}: {}\n", words[0], std::strerror(errno));
    ssize_t ignored = ::write(STDERR_FILENO, error.data(), error.size());
    (void)ignored;
    ::_exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + kPrintTimeout;
  int status = 0;
  while (true) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR)
      return fmt::format("lost track of {}: {}", words[0], std::strerror(errno));
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return fmt::format("{} did not finish printing within {} seconds and was stopped", words[0],
                         kPrintTimeout.count());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  std::string why = WIFEXITED(status)
                        ? fmt::format("{} exited with status {}", words[0], WEXITSTATUS(status))
                        : fmt::format("{} was killed by signal {}", words[0], WTERMSIG(status));
  if (std::string said = last_words(log); !said.empty()) why += ": " + said;
  return why;
}

}  // namespace

std::string print_pdf(const std::string& html) {
  std::vector<std::string> words = browser_words();
  PrintFolder folder;
  const fs::path page = folder.path() / "page.html";
  const fs::path pdf = folder.path() / "page.pdf";
  replace_file(page, html);
  for (std::string_view flag :
       {"--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--no-pdf-header-footer"})
    words.emplace_back(flag);
  // Chromium will not run as root with its sandbox. The page has no script and its policy
  // forbids loading anything, so what it runs without one is only layout.
  if (::geteuid() == 0) words.emplace_back("--no-sandbox");
  words.push_back("--user-data-dir=" + (folder.path() / "profile").string());
  words.push_back("--print-to-pdf=" + pdf.string());
  words.push_back(file_url(page));
  const std::string failed = run_browser(words, folder.path() / "browser.log");
  std::string bytes, error;
  if (!failed.empty())
    throw Error(fmt::format("printing to PDF failed: {}; nothing was printed", failed));
  if (!read_whole_file(pdf, bytes, error) || !bytes.starts_with("%PDF-"))
    throw Error(
        fmt::format("printing to PDF failed: {} wrote no PDF; nothing was printed", words[0]));
  return bytes;
}

void refuse_terminal(std::string_view what) {
  if (::isatty(STDOUT_FILENO) == 1)
    throw UsageError(fmt::format(
        "this writes {}, which a terminal cannot show: send it to a file (> FILE) or a program",
        what));
}

void write_binary(const std::string& bytes, std::string_view what) {
  refuse_terminal(what);
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
