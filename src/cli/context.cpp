#include "cli/context.hpp"

#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include <fmt/format.h>

#include "cli/settings.hpp"
#include "ledger/error.hpp"
#include "ledger/limits.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/root.hpp"
#include "ledger/suggest.hpp"
#include "render/diagnostics.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

std::string without_trailing_slash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path == "." ? "" : path;
}

}  // namespace

LedgerLocation locate_ledger(const Globals& globals) {
  const Setting dir = ledger_setting(globals);
  if (dir.value.empty())
    throw Error(
        "no ledger here: no arcollect.toml in this folder or any above it; create one with "
        "'arcollect init', or name one with -C DIR, ARCOLLECT_DIR or [ledger] dir in "
        "~/.config/arcollect/config.toml");
  if (!is_ledger_root(dir.value))
    throw Error(
        fmt::format("{} (from {}) holds no arcollect.toml; create a ledger there with "
                    "'arcollect init {}'",
                    dir.value, setting_source(dir), dir.value));
  return {fs::path(dir.value), without_trailing_slash(dir.value)};
}

Date today(const Globals& globals) {
  if (!globals.today.empty()) {
    auto day = parse_date(globals.today);
    if (!day)
      throw UsageError(
          fmt::format("--today: '{}' is not a date; write it as YYYY-MM-DD", globals.today));
    return *day;
  }
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return make_date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                   static_cast<unsigned>(local.tm_mday));
}

bool stdout_is_terminal() {
  static const bool terminal = ::isatty(STDOUT_FILENO) == 1;
  return terminal;
}

bool use_color(const Globals& globals) {
  const std::string mode = color_setting(globals).value;
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return stdout_is_terminal();
}

LoadedBook load_ledger_book(const Globals& globals) {
  LedgerLocation where = locate_ledger(globals);
  LoadResult loaded = load_ledger(where.root, where.shown);
  DiagnosticCounts counts = count_diagnostics(loaded.diagnostics);
  if (counts.errors) {
    for (const auto& d : loaded.diagnostics)
      if (d.severity == Severity::error) std::cerr << render_diagnostic(d);
    throw Error(fmt::format("{} in the ledger; nothing was done", describe_counts(counts)));
  }
  // Except a question only the user can answer: did an email go out? Until it is answered,
  // every command asks it, even with --quiet, lest a letter be sent twice or not at all.
  for (const auto& d : loaded.diagnostics)
    if (d.code == DiagCode::unconfirmed_send) std::cerr << render_diagnostic(d);
  if (counts.warnings && !globals.quiet && ::isatty(STDERR_FILENO) == 1)
    std::cerr << "arcollect: " << ledger_warnings_text(counts.warnings) << "\n";
  fill_business(loaded.book.settings.business);  // what the ledger leaves out, from yours
  return {std::move(loaded.book), counts.warnings};
}

Book load_book(const Globals& globals) {
  return std::move(load_ledger_book(globals).book);
}

void print_json(const Globals& globals, std::string_view command, JsonObject body) {
  std::cout << json_document(command, format_date(today(globals)), std::move(body));
}

void warn(const Globals& globals, std::string_view text) {
  if (!globals.quiet) std::cerr << "arcollect: warning: " << text << "\n";
}

LoadResult reload_under_lock(const LedgerLocation& where) {
  LoadResult now = load_ledger(where.root, where.shown);
  if (count_diagnostics(now.diagnostics).errors)
    throw Error(
        "the ledger changed meanwhile and has errors now; run 'arcollect check'; nothing was "
        "written");
  return now;
}

ChartInk chart_ink(const Globals& globals, bool ascii) {
  if (ascii || !utf8_locale()) return ChartInk::ascii;
  return use_color(globals) ? ChartInk::color : ChartInk::glyphs;
}

bool utf8_locale() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (!value || !*value) continue;
    std::string v(value);
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v.find("utf-8") != std::string::npos || v.find("utf8") != std::string::npos;
  }
  return false;
}

Date option_date(std::string_view option, const std::string& text) {
  auto day = parse_date(text);
  if (!day)
    throw UsageError(fmt::format("{}: '{}' is not a date; write it as YYYY-MM-DD", option, text));
  return *day;
}

std::int64_t option_amount(std::string_view option, const std::string& text,
                           const std::string& currency, std::string_view example) {
  Decimal value;
  auto minor = parse_decimal(text, value) == DecimalError::none
                   ? to_minor(value, minor_digits(currency))
                   : std::nullopt;
  if (!minor || *minor <= 0)
    throw UsageError(fmt::format("{}: '{}' is not a positive amount in {} (e.g. {})", option, text,
                                 currency, example));
  // The loader refuses a larger amount: written, it would stop every later command.
  if (*minor > kMaxAmountMinor)
    throw UsageError(fmt::format("{}: '{}' is more than the largest amount a ledger holds, {} {}",
                                 option, text, format_amount(kMaxAmountMinor, currency), currency));
  return *minor;
}

std::size_t customer_number(const Book& book, const std::string& id) {
  if (auto it = book.customer_index.find(id); it != book.customer_index.end()) return it->second;
  std::vector<std::string_view> ids;
  for (const auto& c : book.customers) ids.push_back(c.id);
  throw Error(fmt::format("no customer has the id '{}'{}", id, did_you_mean(id, ids)));
}

std::size_t customer_invoice(const Book& book, std::size_t c, const std::string& id) {
  const Customer& customer = book.customers[c];
  const Invoice* inv = book.find_invoice(id);
  if (inv && inv->customer == customer.id) return book.invoice_index.at(id);
  // Ids the ledger does not know are errors (exit 1), as an unknown customer is, not misuse.
  if (inv)
    throw Error(
        fmt::format("--invoice {} belongs to '{}', not '{}'", id, inv->customer, customer.id));
  std::vector<std::string_view> ids;
  for (std::size_t i : book.by_customer[c].invoices) ids.push_back(book.invoices[i].id);
  throw Error(fmt::format("--invoice: no invoice has the id '{}'{}", id, did_you_mean(id, ids)));
}

void refuse_bad_text(std::string_view option, const std::string& text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      throw UsageError(
          fmt::format("{}: the text cannot hold line breaks or control characters", option));
  // As the loader counts it: written out, with its quotes and backslashes escaped.
  const std::size_t written = toml_string(text).size() - 2;
  if (written > kMaxStringBytes)
    throw UsageError(fmt::format("{}: {} bytes is too long; it takes at most {}", option, written,
                                 kMaxStringBytes));
}

}  // namespace arcollect::cli
