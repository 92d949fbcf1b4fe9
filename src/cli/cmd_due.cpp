// arcollect due: today's ranked collection agenda.
#include <iostream>

#include <fmt/format.h>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/letter_drafts.hpp"
#include "cli/state_diagnostics.hpp"
#include "collect/agenda.hpp"
#include "collect/digest.hpp"
#include "collect/explain.hpp"
#include "ledger/error.hpp"
#include "ledger/mail_syntax.hpp"
#include "render/agenda.hpp"
#include "render/digest.hpp"
#include "render/explain.hpp"

namespace arcollect::cli {

namespace {

// With --exit-code, the status when there is something to do; above the 0, 1 and 2 of
// arcollect(1).
constexpr int kExitWorkToDo = 3;

struct DueOptions {
  std::string format;
  int upcoming = 0;
  bool exit_code = false;
  bool holds = false;
  std::vector<std::string> done;
  std::string explain;
  std::string to;  // --format eml: the digest's address
};

// --format eml: the digest for cron, or nothing when nothing is due.
int mail_digest(const Globals& globals, const DueOptions& o) {
  LoadedBook loaded = load_ledger_book(globals);
  const AccountState state = account_state(loaded.book, today(globals));
  // The count `check` would give on the day: the loader's warnings and the state's.
  std::size_t warnings = loaded.warnings;
  for (const Diagnostic& d : state_diagnostics(state)) warnings += d.severity == Severity::warning;
  const Digest digest = build_digest(state, o.upcoming);
  std::cout << digest_eml(loaded.book, digest, warnings, o.to, email_date_header(globals));
  return o.exit_code && !digest.agenda.actions.empty() ? kExitWorkToDo : kExitOk;
}

}  // namespace

std::function<int()> setup_due(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<DueOptions>();
  add_format(app, o->format, {"text", "json", "csv", "eml"});
  app.add_option("--upcoming", o->upcoming, "also list what falls due in the next N days")
      ->check(CLI::Range(0, 366));
  app.add_flag("--exit-code", o->exit_code, "exit 3 when there is something to do");
  app.add_flag("--holds", o->holds, "list the accounts on hold instead");
  app.add_option("--done", o->done, "log that STEP was carried out for CUSTOMER, today")
      ->expected(2)
      ->type_name("STEP CUSTOMER");
  app.add_option("--explain", o->explain,
                 "show CUSTOMER's ladder: steps done, what is due, what holds it back")
      ->type_name("CUSTOMER");
  app.add_option("--to", o->to, "with --format eml: mail the digest to ADDRESS (for cron)")
      ->type_name("ADDRESS");
  return [&globals, o]() -> int {
    if (!o->done.empty()) {
      if (o->format != "text" && o->format != "json")
        throw UsageError(fmt::format("--done prints text or json, not {}", o->format));
      return log_step_done(globals, o->done[1], o->done[0], o->format);
    }
    if (o->format == "eml") {
      if (o->holds || !o->explain.empty())
        throw UsageError(fmt::format("{} prints text, json or csv, not eml",
                                     o->holds ? "--holds" : "--explain"));
      if (o->to.empty())
        throw UsageError("--format eml writes the digest as an email: name its address with --to");
      if (!valid_address(o->to))
        throw UsageError(fmt::format("--to: '{}' is not an address like name@example.com", o->to));
      return mail_digest(globals, *o);
    }
    if (!o->to.empty())
      throw UsageError("--to names the digest's address: use it with --format eml");
    Book book = load_book(globals);
    if (!o->explain.empty()) {
      if (o->format == "csv") throw UsageError("--explain prints text or json, not csv");
      std::size_t c = customer_number(book, o->explain);
      Explanation x = explain_customer(account_state(book, today(globals)), c);
      if (o->format == "json")
        print_json(globals, "due --explain", explain_json(book, x));
      else
        std::cout << explain_text(book, x, use_color(globals));
      return kExitOk;
    }
    AgendaSpec spec;
    spec.today = today(globals);
    spec.upcoming_days = o->upcoming;
    Agenda agenda = build_agenda(book, spec);
    // Cron on a day off prints nothing; a person at a terminal is told why.
    if (agenda.next_working_day && ::isatty(STDERR_FILENO) == 1)
      std::cerr << fmt::format(
          "arcollect: {} is a day off ([due] workdays and holidays): nothing falls due; the "
          "next working day is {}\n",
          format_date(spec.today), format_date(*agenda.next_working_day));
    bool color = use_color(globals);
    if (o->holds) {
      if (o->format == "json")
        print_json(globals, "due --holds", holds_json(agenda));
      else
        std::cout << (o->format == "csv" ? holds_csv(agenda) : holds_text(agenda, color));
      return o->exit_code && !agenda.holds.empty() ? kExitWorkToDo : kExitOk;
    }
    if (o->format == "json")
      print_json(globals, "due", agenda_json(agenda, o->upcoming > 0, book.display_root));
    else
      std::cout << (o->format == "csv" ? agenda_csv(agenda)
                                       : agenda_text(agenda, o->upcoming > 0, color));
    return o->exit_code && !agenda.actions.empty() ? kExitWorkToDo : kExitOk;
  };
}

}  // namespace arcollect::cli
