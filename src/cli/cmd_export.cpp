// arcollect export: the receivables as a ledger, hledger or beancount journal.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/journal.hpp"
#include "ledger/error.hpp"
#include "render/journal.hpp"

namespace arcollect::cli {

namespace {

struct ExportOptions {
  std::string format;
  std::string from;
  std::string to;
};

}  // namespace

std::function<int()> setup_export(CLI::App& app, const Globals& globals) {
  auto options = std::make_shared<ExportOptions>();
  add_format(app, options->format, {"ledger", "hledger", "beancount", "json"});
  app.add_option("--from", options->from,
                 "only transactions from this date, after one opening balance per customer");
  app.add_option("--to", options->to, "only transactions up to this date (default: --today)");
  return [&globals, options] {
    JournalSpec spec;
    if (!options->from.empty()) spec.from = option_date("--from", options->from);
    spec.to = options->to.empty() ? today(globals) : option_date("--to", options->to);
    if (spec.from && *spec.from > *spec.to)
      throw UsageError(fmt::format("--from {} comes after {} {}", format_date(*spec.from),
                                   options->to.empty() ? "today," : "--to", format_date(*spec.to)));
    Book book = load_book(globals);
    Journal made = journal(book, spec);
    const ExportSettings& accounts = book.settings.exports;
    if (options->format == "json")
      print_json(globals, "export", journal_json(made, accounts));
    else if (options->format == "beancount")
      std::cout << journal_beancount(made, accounts);
    else
      std::cout << journal_ledger(made, accounts);
    return kExitOk;
  };
}

}  // namespace arcollect::cli
