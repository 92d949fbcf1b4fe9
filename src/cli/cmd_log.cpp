// arcollect log CUSTOMER: append one contact-log entry as a new file.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/step_log.hpp"
#include "ledger/append.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/mail_syntax.hpp"
#include "ledger/record_name.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/root.hpp"
#include "ledger/suggest.hpp"
#include "render/record_file.hpp"
#include "render/record_json.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

struct LogOptions {
  std::string customer;
  std::string channel;
  std::string with;
  std::string step;
  std::vector<std::string> invoices;
  std::string note;
  std::string promise;
  std::string dispute;
  bool resolved = false;
  std::string pause_until;
  std::string outcome;
  std::string date;
  std::string message_id;
  bool dry_run = false;
  std::string confirm;  // --confirm FILE
  std::string format = "text";
};

// log --confirm FILE: the email that a stopped run left marked as sending did go out.
int confirm(const Globals& globals, const std::string& file) {
  const LedgerLocation where = locate_ledger(globals);
  std::error_code ec;
  const fs::path root = fs::canonical(where.root, ec);
  const fs::path path = fs::weakly_canonical(file, ec);
  if (ec || !resolves_inside(root, path))
    throw UsageError(fmt::format("--confirm: '{}' is no file of the ledger", file));
  confirm_sent(root, path.lexically_relative(root).generic_string());
  std::cout << "Confirmed " << file << ": the email went out\n";
  return kExitOk;
}

const Customer& find_customer(const Book& book, const std::string& id) {
  if (const Customer* c = book.find_customer(id)) return *c;
  std::vector<std::string_view> ids;
  for (const auto& c : book.customers) ids.push_back(c.id);
  throw Error(
      fmt::format("no customer has the id '{}'{}; nothing was written", id, did_you_mean(id, ids)));
}

// `name` itself when the customer's entries may name it; an Error listing the steps otherwise.
const std::string& checked_step(const Book& book, const Customer& customer,
                                const std::string& name) {
  if (is_loggable_step(book, customer, name)) return name;
  std::vector<std::string_view> names;
  for (const auto& s : book.ladder_for(customer)) names.push_back(s.name);
  names.push_back(kInstallmentStep);
  throw Error(
      fmt::format("'{}' is no step of {}'s ladder{}; the steps are: {}; nothing was "
                  "written",
                  name, customer.id, did_you_mean(name, names), fmt::join(names, ", ")));
}

struct BuiltEntry {
  ContactEntry entry;
  bool step_filled = false;  // the step the agenda offered, not named by the user
};

// The entry the options describe, checked against the ledger; throws before anything is written.
BuiltEntry build_entry(const Book& book, const LogOptions& o, Date today) {
  const Customer& customer = find_customer(book, o.customer);
  BuiltEntry built;
  ContactEntry& e = built.entry;
  e.customer = customer.id;
  e.date = o.date.empty() ? today : option_date("--date", o.date);
  std::string currency = book.settings.business.currency;
  for (const auto& id : o.invoices) {
    const Invoice* inv = book.find_invoice(id);
    if (!inv || inv->customer != customer.id) {
      std::vector<std::string_view> ids;
      for (std::size_t i : book.by_customer[book.customer_index.at(customer.id)].invoices)
        ids.push_back(book.invoices[i].id);
      throw Error(inv ? fmt::format("--invoice: '{}' belongs to '{}', not '{}'; nothing was "
                                    "written",
                                    id, inv->customer, customer.id)
                      : fmt::format("--invoice: no invoice has the id '{}'{}; nothing was written",
                                    id, did_you_mean(id, ids)));
    }
    if (e.invoices.empty()) currency = inv->amount.currency;
    e.invoices.push_back(id);
  }
  std::optional<Channel> channel;
  for (const auto& [name, value] : channel_names())
    if (name == o.channel) channel = value;
  const std::string step =
      o.step.empty() || o.step == "none" ? o.step : checked_step(book, customer, o.step);
  LoggedStep logged =
      logged_step(account_state(book, e.date), book.customer_index.at(customer.id), step, channel);
  e.step = logged.step;
  e.channel = logged.channel;
  built.step_filled = logged.filled;
  e.with = o.with;
  e.note = o.note;
  e.message_id = o.message_id;
  if (!e.message_id.empty() && !valid_message_id(e.message_id))
    throw UsageError(
        fmt::format("--message-id: '{}' is not a Message-ID; write it as the "
                    "email's header has it, like '<id@example.com>'",
                    e.message_id));

  int outcomes = !o.promise.empty() + !o.dispute.empty() + o.resolved + !o.pause_until.empty() +
                 !o.outcome.empty();
  if (outcomes > 1)
    throw UsageError("give one of --promise, --dispute, --resolved, --pause-until and --outcome");
  if (!o.outcome.empty()) {
    for (const auto& [name, outcome] : outcome_names())
      if (name == o.outcome) e.outcome = outcome;
    if (e.outcome == Outcome::promise || e.outcome == Outcome::dispute)
      throw UsageError(fmt::format("--outcome {}: use --{} instead, which says {}", o.outcome,
                                   o.outcome,
                                   e.outcome == Outcome::promise ? "when and how much" : "why"));
  }
  if (!o.promise.empty()) {
    e.outcome = Outcome::promise;
    auto colon = o.promise.find(':');
    e.promise_date = option_date("--promise", o.promise.substr(0, colon));
    if (*e.promise_date < e.date)
      throw UsageError(fmt::format("--promise: {} is before the contact's date {}",
                                   format_date(*e.promise_date), format_date(e.date)));
    if (colon != std::string::npos) {
      e.promise_amount = Money{
          option_amount("--promise", o.promise.substr(colon + 1), currency, "2026-12-01:1200.00"),
          currency};
    }
  }
  if (!o.dispute.empty()) {
    e.outcome = Outcome::dispute;
    e.note = o.note.empty() ? o.dispute : o.dispute + ". " + o.note;
  }
  if (o.resolved) e.outcome = Outcome::resolved;
  if (!o.pause_until.empty()) {
    e.outcome = Outcome::paused;
    e.paused_until = option_date("--pause-until", o.pause_until);
    if (*e.paused_until <= e.date)
      throw UsageError("--pause-until: the pause must end after the contact's date");
  }
  return built;
}

// `command` names the JSON document: "log" or "due --done".
int write_entry(const Globals& globals, const BuiltEntry& built, bool dry_run,
                const std::string& format, std::string_view command) {
  const ContactEntry& entry = built.entry;
  if (built.step_filled)
    std::cerr << fmt::format(
        "arcollect: step = \"{}\" filled in: the agenda lists it for {} on {} by {}; "
        "--step none leaves it out\n",
        entry.step, entry.customer, format_date(entry.date),
        name_of(channel_names(), entry.channel));
  RecordFile file{"", !dry_run, contact_toml(entry)};
  if (dry_run) {
    const RecordPlace place = contact_place(entry);
    file.path = planned_file_name(place.folder, place.stem);
  } else {
    file.path = append_contact(locate_ledger(globals).root, entry);
  }
  if (format == "json") {
    JsonObject body = files_json({file});
    body.emplace_back("entry", contact_entry_json(entry));
    print_json(globals, command, std::move(body));
  } else {
    std::cout << (dry_run ? file.text : "Logged " + file.path + "\n");
  }
  if (dry_run) std::cerr << "arcollect: dry run: nothing was written\n";
  return kExitOk;
}

}  // namespace

int log_step_done(const Globals& globals, const std::string& customer, const std::string& step,
                  const std::string& format) {
  Book book = load_book(globals);
  LogOptions options;
  options.customer = customer;
  options.step = step;
  return write_entry(globals, build_entry(book, options, today(globals)), false, format,
                     "due --done");
}

std::function<int()> setup_log(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<LogOptions>();
  app.add_option("CUSTOMER", o->customer, "the customer's id");
  app.add_option("--confirm", o->confirm,
                 "FILE, an entry a stopped `remind --send` left marked as sending: it went out")
      ->type_name("FILE");
  std::vector<std::string> channels, outcomes;
  for (const auto& [name, value] : channel_names()) channels.emplace_back(name);
  for (const auto& [name, value] : outcome_names()) outcomes.emplace_back(name);
  app.add_option("--channel", o->channel, "call (default), email, letter, visit, sms, meeting")
      ->check(CLI::IsMember(channels));
  app.add_option("--with", o->with, "whom you spoke or wrote to");
  app.add_option("--step", o->step,
                 "the ladder step this carried out (installment: a plan's; none: fill in none)");
  app.add_option("--invoice", o->invoices,
                 "an invoice it was about (repeatable; default all open)");
  app.add_option("--note", o->note, "what was said");
  app.add_option("--promise", o->promise, "a promise to pay by DATE, of AMOUNT: DATE[:AMOUNT]");
  app.add_option("--dispute", o->dispute, "the customer disputes it, for REASON");
  app.add_flag("--resolved", o->resolved, "a dispute is resolved");
  app.add_option("--pause-until", o->pause_until, "pause chasing until DATE");
  app.add_option("--outcome", o->outcome, "none, no-answer, resolved, paused or paid")
      ->check(CLI::IsMember(outcomes));
  app.add_option("--date", o->date, "the contact's date (default: --today)");
  app.add_option("--message-id", o->message_id, "the Message-ID of an email sent");
  app.add_flag("--dry-run", o->dry_run, "print the entry instead of writing it");
  add_format(app, o->format, {"text", "json"});
  return [&globals, o] {
    if (!o->confirm.empty()) {
      if (o->format == "json") throw UsageError("--confirm prints text, not json");
      return confirm(globals, o->confirm);
    }
    if (o->customer.empty()) throw UsageError("name the customer, or give --confirm FILE");
    Book book = load_book(globals);
    return write_entry(globals, build_entry(book, *o, today(globals)), o->dry_run, o->format,
                       "log");
  };
}

}  // namespace arcollect::cli
