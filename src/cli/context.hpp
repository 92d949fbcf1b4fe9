// What every command shares: the global options, the ledger's location, today, colour.
// Only cli/ reads the clock, the environment and the terminal.
#pragma once

#include <filesystem>
#include <string>

#include "ledger/book.hpp"
#include "ledger/loader.hpp"
#include "render/chart.hpp"
#include "render/json.hpp"

namespace arcollect::cli {

struct Globals {
  std::string dir;        // -C/--dir
  std::string today;      // --today
  std::string color;      // --color; "" when not given (cli/settings has the default)
  bool quiet = false;     // --quiet: no warnings at all
  bool no_pager = false;  // --no-pager
};

struct LedgerLocation {
  std::filesystem::path root;
  std::string shown;  // prefix for paths in messages; "" when the root is the working folder
};

// -C/--dir, else $ARCOLLECT_DIR, else the nearest folder upwards holding arcollect.toml.
LedgerLocation locate_ledger(const Globals& globals);

// --today, else the local date.
Date today(const Globals& globals);

// Was standard output a terminal when arcollect started (before a pager took it over)?
bool stdout_is_terminal();

// Colour on stdout: --color always/never, or auto: a terminal and no NO_COLOR.
bool use_color(const Globals& globals);

// An option's date; a UsageError naming the option when it is not YYYY-MM-DD.
Date option_date(std::string_view option, const std::string& text);

// An option's positive amount in `currency`; a UsageError naming the option otherwise.
std::int64_t option_amount(std::string_view option, const std::string& text,
                           const std::string& currency, std::string_view example = "1200.50");

// Text given on the command line goes into the ledger as one line: a UsageError naming the
// option when it holds a line break or another control character, or is longer than the
// loader takes a string.
void refuse_bad_text(std::string_view option, const std::string& text);

// The customer called `id`, or an Error with "did you mean".
std::size_t customer_number(const Book& book, const std::string& id);

// Customer `c`'s invoice `id` (--invoice), or an Error saying whose it is or what was meant.
std::size_t customer_invoice(const Book& book, std::size_t c, const std::string& id);

// Can the terminal show Unicode? LC_ALL, else LC_CTYPE, else LANG names UTF-8.
bool utf8_locale();

// How charts tell their parts apart: colour when stdout takes it (see use_color), else
// Unicode glyphs, else (--ascii, or no UTF-8 locale) ASCII.
ChartInk chart_ink(const Globals& globals, bool ascii);

struct LoadedBook {
  Book book;
  std::size_t warnings = 0;  // what `check` lists; not printed here
};

// Locates and loads the ledger. Its errors go to stderr, and an Error is thrown. Its warnings
// are facts about the ledger that `check` lists: printed by every command, cron would mail
// them every day. A person at a terminal is told on one line how many there are (unless
// --quiet).
LoadedBook load_ledger_book(const Globals& globals);
Book load_book(const Globals& globals);

// Prints a --format json document on stdout: `body` in the envelope every document has
// (json_document), with "as_of" today.
void print_json(const Globals& globals, std::string_view command, JsonObject body);

// Prints "arcollect: warning: TEXT" on stderr, unless --quiet.
void warn(const Globals& globals, std::string_view text);

// The ledger as it is on disk now, read again once a writer holds the lock (what another
// writer, or a merge, changed meanwhile counts); an Error when it has errors now.
LoadResult reload_under_lock(const LedgerLocation& where);

}  // namespace arcollect::cli
