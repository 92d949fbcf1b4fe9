// The command table: one entry per command, one cmd_<name>.cpp per entry. It drives the
// subcommands, --help, and the tests that every command has a man page and golden tests.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <span>
#include <string_view>

#include "cli/context.hpp"

namespace arcollect::cli {

// Adds the command's options to `app`; returns what runs it once the line is parsed.
using Setup = std::function<std::function<int()>(CLI::App& app, const Globals& globals)>;

struct Command {
  std::string_view name;
  std::string_view summary;
  Setup setup;
};

std::function<int()> setup_init(CLI::App& app, const Globals& globals);
std::function<int()> setup_check(CLI::App& app, const Globals& globals);
std::function<int()> setup_aging(CLI::App& app, const Globals& globals);
std::function<int()> setup_due(CLI::App& app, const Globals& globals);
std::function<int()> setup_log(CLI::App& app, const Globals& globals);
std::function<int()> setup_interest(CLI::App& app, const Globals& globals);
std::function<int()> setup_rates(CLI::App& app, const Globals& globals);
std::function<int()> setup_invoice(CLI::App& app, const Globals& globals);
std::function<int()> setup_customer(CLI::App& app, const Globals& globals);
std::function<int()> setup_import(CLI::App& app, const Globals& globals);
std::function<int()> setup_pay(CLI::App& app, const Globals& globals);
std::function<int()> setup_plan(CLI::App& app, const Globals& globals);
std::function<int()> setup_statement(CLI::App& app, const Globals& globals);
std::function<int()> setup_remind(CLI::App& app, const Globals& globals);
std::function<int()> setup_notice(CLI::App& app, const Globals& globals);
std::function<int()> setup_kpi(CLI::App& app, const Globals& globals);
std::function<int()> setup_segment(CLI::App& app, const Globals& globals);
std::function<int()> setup_forecast(CLI::App& app, const Globals& globals);
std::function<int()> setup_export(CLI::App& app, const Globals& globals);
std::function<int()> setup_config(CLI::App& app, const Globals& globals);

// Logs that `step` was carried out for `customer` today (arcollect due --done).
int log_step_done(const Globals& globals, const std::string& customer, const std::string& step,
                  const std::string& format);

std::span<const Command> commands();

// Adds --format with the given choices (the first is the default).
CLI::Option* add_format(CLI::App& app, std::string& format,
                        std::initializer_list<std::string> choices);

}  // namespace arcollect::cli
