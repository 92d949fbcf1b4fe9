// arcollect import FILE: record the payments a bank statement (OFX, or CSV read by the rules in
// import/NAME.toml) holds, each once, and list the lines it could not match.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/bank_import.hpp"
#include "ledger/append.hpp"
#include "ledger/bank_ids.hpp"
#include "ledger/error.hpp"
#include "ledger/file_read.hpp"
#include "ledger/import_rules.hpp"
#include "ledger/layout.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_name.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/root.hpp"
#include "ledger/statement_csv.hpp"
#include "ledger/statement_ofx.hpp"
#include "ledger/suggest.hpp"
#include "render/import.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

// Lines from no known customer need a person to look at them; above the 0, 1 and 2 of
// run.cpp, and the same as `due --exit-code`'s "something to do".
constexpr int kExitUnmatched = 3;

struct ImportOptions {
  std::string file;
  std::string rules;
  bool dry_run = false;
  std::string format = "text";
};

struct LoadedRules {
  ImportRules rules;
  std::string shown;  // import/NAME.toml as messages show it
};

std::string read_statement(const std::string& file) {
  std::string bytes, error;
  switch (read_regular_file(file, bytes, error)) {
    case ReadStatus::ok:
      return bytes;
    case ReadStatus::not_regular:
      throw Error(fmt::format("{}: not a regular file; give the statement file itself", file));
    case ReadStatus::too_large:
      throw Error(fmt::format("{}: {}", file, error));
    default:
      throw Error(fmt::format("{}: cannot read the statement: {}", file, error));
  }
}

LoadedRules read_rules(const LedgerLocation& where, const std::string& name) {
  if (!is_slug(name))
    throw UsageError(
        fmt::format("--rules {}: give the name of a rules file in import/, such as 'lloyds' for "
                    "import/lloyds.toml",
                    name));
  LoadedRules loaded;
  const std::string relative = std::string(kImportRulesFolder) + "/" + name + ".toml";
  loaded.shown = (where.shown.empty() ? "" : where.shown + "/") + relative;
  const fs::path path = where.root / relative;
  std::error_code ec;
  if (!fs::exists(path, ec))
    throw Error(
        fmt::format("{}: no such rules file; write it first (arcollect-import(1) shows "
                    "one), or check --rules",
                    loaded.shown));
  if (!resolves_inside(fs::canonical(where.root, ec), path))
    throw Error(loaded.shown +
                ": this link leads outside the ledger folder, so it is not read; copy the rules "
                "into the ledger instead");
  std::string text, error;
  if (read_regular_file(path, text, error) != ReadStatus::ok)
    throw Error(fmt::format("{}: cannot read the rules: {}", loaded.shown, error));
  loaded.rules = read_import_rules(text, loaded.shown);
  return loaded;
}

// The [[match]] rules against this book: each pattern compiled, each customer known.
std::vector<CustomerRule> customer_rules(const Book& book, const LoadedRules* loaded) {
  std::vector<CustomerRule> out;
  if (!loaded) return out;
  std::vector<std::string_view> ids;
  for (const Customer& c : book.customers) ids.push_back(c.id);
  for (const MatchRule& rule : loaded->rules.match) {
    auto c = book.customer_index.find(rule.customer);
    if (c == book.customer_index.end())
      throw Error(fmt::format("{}:{}: [[match]] names customer '{}', who is not in the ledger{}",
                              loaded->shown, rule.line, rule.customer,
                              did_you_mean(rule.customer, ids)));
    std::string error;
    auto pattern = SafeRegex::compile(rule.pattern, error);
    if (!pattern)
      throw Error(fmt::format("{}:{}: [[match]] pattern \"{}\": {}", loaded->shown, rule.line,
                              rule.pattern, error));
    const MatchField field = rule.field == "description" ? MatchField::description
                             : rule.field == "reference" ? MatchField::reference
                                                         : MatchField::any;
    out.push_back(CustomerRule{std::move(*pattern), field, c->second, rule.line});
  }
  return out;
}

BankStatement read_bank_statement(const std::string& file, const std::string& bytes,
                                  const LoadedRules* loaded) {
  if (looks_like_ofx(bytes)) return read_ofx(bytes, file);
  if (!loaded)
    throw UsageError(
        fmt::format("{} is not an OFX file; for a CSV statement give --rules NAME, the rules in "
                    "import/NAME.toml that say how to read it",
                    file));
  if (!loaded->rules.has_layout())
    throw Error(fmt::format(
        "{}: these rules have no [columns], so they cannot read the CSV statement {}; add "
        "[columns] with date and amount",
        loaded->shown, file));
  return read_bank_csv(bytes, loaded->rules, file);
}

std::string payments_text(const std::string& statement, Date today, const ImportPlan& plan) {
  std::string name = statement.substr(statement.find_last_of('/') + 1);
  // A comment line of plain ASCII, whatever bytes the file's name holds.
  for (char& c : name)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  std::string text = fmt::format("# Imported from {} on {}\n", name, format_date(today));
  for (const Payment& p : plan.payments) text += "\n" + payment_toml(p);
  return text;
}

}  // namespace

std::function<int()> setup_import(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<ImportOptions>();
  app.add_option("FILE", o->file, "the bank statement: OFX, or CSV with --rules")->required();
  app.add_option("--rules", o->rules,
                 "the rules in import/NAME.toml: how to read a CSV file, and whom lines are from");
  app.add_flag("--dry-run", o->dry_run, "print the records instead of writing them");
  add_format(app, o->format, {"text", "json"});
  return [&globals, o] {
    const Book book = load_book(globals);
    const Date day = today(globals);
    const LedgerLocation where = locate_ledger(globals);
    std::optional<LoadedRules> loaded;
    if (!o->rules.empty()) loaded = read_rules(where, o->rules);
    const LoadedRules* rules = loaded ? &*loaded : nullptr;
    const std::string bytes = read_statement(o->file);
    const BankStatement statement = read_bank_statement(o->file, bytes, rules);
    const std::vector<std::string> bank_ids = statement_bank_ids(statement);

    auto plan_for = [&](const Book& b) {
      return plan_import(account_state(b, day), statement, bank_ids, customer_rules(b, rules));
    };
    ImportPlan plan = plan_for(book);
    const RecordPlace place = import_place(day, o->file);
    ImportReport report{plan, {}, rules ? rules->shown : "", o->file, statement.skipped};
    std::optional<LoadResult> fresh;  // the ledger as the lock found it, when written
    if (!plan.payments.empty()) {
      report.file = {planned_file_name(place.folder, place.stem), false,
                     payments_text(o->file, day, plan)};
      if (o->dry_run) {
        if (o->format != "json") std::cout << report.file.text;
        std::cerr << "arcollect: dry run: nothing was written\n";
      } else {
        // Asked again under the lock, of the ledger as it is on disk then: two imports of one
        // statement at once record each line once.
        const auto written = append_built_record(where.root, [&]() -> std::optional<NewRecord> {
          fresh = reload_under_lock(where);
          plan = plan_for(fresh->book);
          if (plan.payments.empty()) return std::nullopt;  // another import was first
          report.file.text = payments_text(o->file, day, plan);
          return NewRecord{place.folder, place.stem, report.file.text};
        });
        report.file = written ? RecordFile{*written, true, report.file.text} : RecordFile{};
      }
    }
    const Book& planned = fresh ? fresh->book : book;  // what the plan's indices point into
    if (o->format == "json")
      print_json(globals, "import", import_json(planned, report));
    else
      (o->dry_run ? std::cerr : std::cout) << import_text(planned, report);
    return plan.unmatched > 0 ? kExitUnmatched : kExitOk;
  };
}

}  // namespace arcollect::cli
