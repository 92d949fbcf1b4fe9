#include "cli/run.hpp"

#include <signal.h>

#include <cstdlib>

#include <fmt/format.h>

#include <iostream>
#include <optional>
#include <vector>

#include "cli/commands.hpp"
#include "cli/complete.hpp"
#include "cli/help.hpp"
#include "cli/help_examples.hpp"
#include "cli/pager.hpp"
#include "cli/safe_output.hpp"
#include "cli/settings.hpp"
#include "cli/version.hpp"
#include "ledger/error.hpp"
#include "ledger/fault.hpp"
#include "ledger/record_name.hpp"
#include "ledger/suggest.hpp"
#include "render/terminal_safe.hpp"

namespace arcollect::cli {

std::span<const Command> commands() {
  static const std::vector<Command> table = {
      {"init", "create a new ledger with settings and an example customer and invoice", setup_init},
      {"check", "validate the ledger; silent when it is clean", setup_check},
      {"aging", "outstanding balances by age bucket, per customer or per invoice", setup_aging},
      {"due", "today's ranked collection agenda; prints nothing when nothing is due", setup_due},
      {"log", "append an entry to the contact log: a call, email, promise, dispute, ...",
       setup_log},
      {"interest", "the late-payment interest, compensation and fee, computed line by line",
       setup_interest},
      {"rates", "the central-bank rates interest rests on; add one as it is published",
       setup_rates},
      {"customer", "add a customer, or list the customers with what each owes", setup_customer},
      {"invoice", "write a new invoice, numbered and due as the ledger says", setup_invoice},
      {"pay", "record a payment or credit note, and show what it paid", setup_pay},
      {"import", "record the payments a bank statement holds, each once", setup_import},
      {"plan", "propose, record and follow partial-payment plans", setup_plan},
      {"statement", "a customer's account: invoices, payments, running balance, history",
       setup_statement},
      {"remind", "draft the letter each customer's ladder step calls for", setup_remind},
      {"notice", "draft the notice of intended legal action, with charges and deadline",
       setup_notice},
      {"kpi", "DSO, countback and best possible DSO, days delinquent, CEI, days to pay", setup_kpi},
      {"segment", "customers by how they pay, and the collection strategy for each segment",
       setup_segment},
      {"forecast", "expected cash-in per week, with a low and a high estimate", setup_forecast},
      {"export", "the receivables as a ledger, hledger or beancount journal", setup_export},
      {"config", "every effective setting, and where each came from", setup_config},
  };
  return table;
}

CLI::Option* add_format(CLI::App& app, std::string& format,
                        std::initializer_list<std::string> choices) {
  format = *choices.begin();
  return app.add_option("--format", format, "output format")
      ->check(CLI::IsMember(std::vector<std::string>(choices)))
      ->capture_default_str();
}

namespace {

// The index in argv of the command's name: the first word that is not a global option or its
// value; 0 when there is none.
int command_index(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") return 0;
    if (!arg.starts_with("-")) return i;
    if (arg == "-C" || arg == "--dir" || arg == "--today" || arg == "--color") ++i;
  }
  return 0;
}

// CLI11 says only "A subcommand is required" for a mistyped command; say what was typed.
void check_command_name(std::string_view name) {
  std::vector<std::string_view> names;
  for (const auto& command : commands()) {
    if (command.name == name) return;
    names.push_back(command.name);
  }
  throw UsageError(fmt::format("unknown command '{}'{}; the commands are: {}", name,
                               did_you_mean(name, names), fmt::join(names, ", ")));
}

// "arcollect due --help", or "arcollect --help" outside a command.
std::string usage_command(const CLI::App* command) {
  return command ? fmt::format("arcollect {} --help", command->get_name()) : "arcollect --help";
}

}  // namespace

int run(int argc, char** argv) {
  SafeOutput safe_output;
  // A file past `ulimit -f` makes write(2) fail with EFBIG, which is reported; the default
  // SIGXFSZ would kill the process in the middle of a write instead.
  ::signal(SIGXFSZ, SIG_IGN);
  // The crash tests' hook (tests/crash_writes.py): kill -9 at the Nth write step.
  if (const char* fault = std::getenv("ARCOLLECT_FAULT_AT")) set_fault_at(std::atol(fault));
  // The golden tests' hook (tests/run_golden.sh): reproducible file-name suffixes.
  if (const char* seed = std::getenv("ARCOLLECT_NAME_SEED")) set_name_seed(seed);
  // With nothing to do, say what arcollect is and where to start.
  if (argc == 1) {
    std::cout << overview();
    return kExitOk;
  }
  CLI::App app{"arcollect: accounts-receivable collection from a folder of TOML files",
               "arcollect"};
  app.footer(help_examples(""));
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);
  app.fallthrough();
  Globals globals;
  app.add_option("-C,--dir", globals.dir,
                 "the ledger folder (default: $ARCOLLECT_DIR, else the "
                 "nearest folder upwards holding arcollect.toml)");
  app.add_option("--today", globals.today, "the date to work as of, YYYY-MM-DD (default: today)");
  app.add_option("--color", globals.color,
                 "colour: auto, always or never (default: [output] color, else auto)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", globals.quiet,
               "no warnings, only errors; 'arcollect check' lists the ledger's warnings");
  app.add_flag("--no-pager", globals.no_pager,
               "never page: long output on a terminal goes through $PAGER (less) otherwise");

  std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
  for (const auto& command : commands()) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    sub->fallthrough();
    sub->footer(help_examples(command.name));
    runners.emplace_back(sub, command.setup(*sub, globals));
  }

  const int named = command_index(argc, argv);
  const std::string_view name = named ? std::string_view(argv[named]) : "";
  const CLI::App* command = nullptr;
  try {
    // Hidden: what the completion scripts ask; nothing on stderr, whatever the line holds.
    if (name == "__complete") {
      std::vector<std::string> args(argv + named + 1, argv + argc);
      std::string dir;
      for (int i = 1; i + 1 < named; ++i)
        if (std::string_view(argv[i]) == "-C" || std::string_view(argv[i]) == "--dir")
          dir = argv[i + 1];
      for (const std::string& word : complete(app, args, dir)) std::cout << word << "\n";
      return kExitOk;
    }
    if (name == "completion") {
      if (named + 2 != argc) throw UsageError("completion: name one shell: bash, zsh or fish");
      std::cout << completion_script(argv[named + 1]);
      return kExitOk;
    }
    if (name == "version") {
      std::cout << version_text() << "\n";
      return kExitOk;
    }
    // `arcollect help [COMMAND]`: the manual, as `git help` opens git's.
    if (name == "help") {
      std::string_view topic = named + 1 < argc ? std::string_view(argv[named + 1]) : "";
      if (topic.empty()) return open_manual("", app.help());
      check_command_name(topic);
      return open_manual(topic, app.get_subcommand(std::string(topic))->help("arcollect"));
    }
    if (named) {
      check_command_name(name);
      command = app.get_subcommand(std::string(name));
    }
    app.parse(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "arcollect: " << e.what() << "\nRun 'arcollect --help' for usage.\n";
    return kExitUsage;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // An unknown option explains most failures best, whatever CLI11 noticed first.
    std::cerr << "arcollect: " << unknown_option(app, command, argc, argv).value_or(e.what())
              << "\nRun '" << usage_command(command) << "' for usage.\n";
    return kExitUsage;
  }

  // A broken config.toml stops every command alike, before any output.
  try {
    user_config();
  } catch (const Error& e) {
    std::cerr << "arcollect: " << escape_controls(e.what()) << "\n";
    return e.exit_code();
  }
  std::optional<Pager> pager(std::in_place, !globals.no_pager);
  try {
    for (auto& [sub, runner] : runners)
      if (sub->parsed()) return runner();
  } catch (const Error& e) {
    pager.reset();  // the output so far, then the error under it
    // One line: a ledger value quoted in the message cannot start a line of its own.
    std::cerr << "arcollect: " << escape_controls(e.what()) << "\n";
    return e.exit_code();
  } catch (const std::exception& e) {
    pager.reset();
    std::cerr << "arcollect: internal error: " << e.what() << "\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace arcollect::cli
