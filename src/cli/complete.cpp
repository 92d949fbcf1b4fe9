#include "cli/complete.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "ledger/error.hpp"
#include "ledger/loader.hpp"
#include "ledger/records.hpp"

namespace arcollect::cli {

namespace {

const CLI::App* subcommand(const CLI::App* app, std::string_view name) {
  for (const CLI::App* sub : app->get_subcommands({}))
    if (sub->get_name() == name) return sub;
  return nullptr;
}

// `word` as an option of the innermost app first, then outwards.
const CLI::Option* option_named(std::initializer_list<const CLI::App*> apps,
                                std::string_view word) {
  for (const CLI::App* app : apps) {
    if (!app) continue;
    for (const CLI::Option* option : app->get_options())
      if (!option->get_positional() && option->check_name(std::string(word))) return option;
  }
  return nullptr;
}

// What the words before the one being completed say.
struct Line {
  std::string dir;  // -C
  const CLI::App* command = nullptr;
  const CLI::App* sub = nullptr;  // customer add, rates add
  bool help = false;              // `help`, which takes a command's name
  bool shell = false;             // `completion`, which takes a shell's
  bool done = false;              // nothing more fits: after `version`, or an unknown command
  std::vector<std::string> positionals;
  const CLI::Option* pending = nullptr;  // an option still waiting for a value
  int values = 0;                        // how many of its values were given
};

// The folder a -C or --dir value names, with a leading ~ as the shell would expand it (bash
// passes the typed word as it is).
std::string ledger_folder(const std::string& value) {
  const char* home = std::getenv("HOME");
  if (home && (value == "~" || value.starts_with("~/"))) return home + value.substr(1);
  return value;
}

Line read_line(const CLI::App& program, const std::vector<std::string>& words,
               const std::string& dir) {
  Line line;
  line.dir = ledger_folder(dir);
  bool options_end = false;  // after "--", every word is a positional
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& word = words[i];
    if (line.pending) {
      if (line.pending->check_name("-C")) line.dir = ledger_folder(word);
      if (++line.values >= std::max(1, line.pending->get_expected_min())) line.pending = nullptr;
      continue;
    }
    if (word == "--") {
      options_end = true;
    } else if (word.starts_with("-") && !options_end) {
      const std::size_t equals = word.find('=');
      const std::string name = word.substr(0, equals);
      const CLI::Option* option = option_named({line.sub, line.command, &program}, name);
      // -CPATH and --dir=PATH name the ledger as -C PATH does.
      if (!option && word.starts_with("-C") && word.size() > 2) {
        line.dir = ledger_folder(word.substr(2));
      } else if (option && equals != std::string::npos) {
        if (option->check_name("-C")) line.dir = ledger_folder(word.substr(equals + 1));
      } else if (option && option->get_type_size_max() > 0) {
        line.pending = option;
        line.values = 0;
      }
    } else if (line.done) {
      continue;
    } else if (line.help || line.shell) {
      line.positionals.push_back(word);
    } else if (!line.command) {
      line.command = subcommand(&program, word);
      line.help = word == "help";  // help COMMAND
      line.shell = word == "completion";
      // version takes nothing, and after an unknown command nothing fits.
      line.done = !line.command && !line.help && !line.shell;
    } else if (!line.sub && !line.command->get_subcommands({}).empty()) {
      line.sub = subcommand(line.command, word);
    } else {
      line.positionals.push_back(word);
    }
  }
  return line;
}

// The choices of an option checked with IsMember: "TEXT:{text,json,csv}".
std::vector<std::string> choices(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const auto open = type.find('{'), close = type.find('}');
  std::vector<std::string> out;
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string list = type.substr(open + 1, close - open - 1);
  for (std::size_t start = 0; start <= list.size();) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    out.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

class Ids {
 public:
  explicit Ids(const std::string& dir) {
    try {
      Globals globals;
      globals.dir = dir;
      const LedgerLocation where = locate_ledger(globals);
      // A ledger with errors still names its customers and invoices.
      book_ = load_ledger(where.root, where.shown).book;
    } catch (const Error&) {
    }
  }
  std::vector<std::string> customers() const {
    std::vector<std::string> out;
    for (const Customer& c : book_.customers) out.push_back(c.id);
    return out;
  }
  std::vector<std::string> invoices(const std::string& customer) const {
    std::vector<std::string> out;
    for (const Invoice& inv : book_.invoices)
      if (customer.empty() || inv.customer == customer) out.push_back(inv.id);
    return out;
  }
  std::vector<std::string> plans() const {
    std::vector<std::string> out;
    for (const Plan& p : book_.plans) out.push_back(p.id);
    return out;
  }
  std::vector<std::string> steps() const {
    std::set<std::string> names;
    for (const LadderStep& step : book_.settings.ladder) names.insert(step.name);
    for (const auto& [set, ladder] : book_.settings.ladder_sets)
      for (const LadderStep& step : ladder) names.insert(step.name);
    return {names.begin(), names.end()};
  }
  bool has_customer(const std::string& id) const { return book_.find_customer(id) != nullptr; }

 private:
  Book book_;
};

std::vector<std::string> option_names(std::initializer_list<const CLI::App*> apps) {
  std::vector<std::string> out;
  for (const CLI::App* app : apps) {
    if (!app) continue;
    for (const CLI::Option* option : app->get_options()) {
      if (option->get_positional()) continue;
      for (const std::string& name : option->get_lnames()) out.push_back("--" + name);
    }
  }
  return out;
}

std::vector<std::string> command_names(const CLI::App& program) {
  std::vector<std::string> out;
  for (const CLI::App* sub : program.get_subcommands({})) out.push_back(sub->get_name());
  return out;
}

// The value of `option`, its `index`th (--done takes STEP CUSTOMER).
std::vector<std::string> option_values(const CLI::Option& option, int index, const Line& line) {
  const std::string name = option.get_name(false, true);
  auto ids = [&] { return Ids(line.dir); };
  if (name == "-C" || name == "--out") return {":dirs"};
  if (name == "--invoice") {
    const Ids known = ids();
    // The customer's invoices once one is named (pay, plan), else every invoice.
    const std::string customer = line.positionals.empty() ? "" : line.positionals.front();
    return known.invoices(known.has_customer(customer) ? customer : "");
  }
  if (name == "--step" || (name == "--done" && index == 0)) return ids().steps();
  if (name == "--done" || name == "--explain" || name == "--customer") return ids().customers();
  return choices(option);
}

// The positional value at `index` of `app` (CUSTOMER, FILE, ...), by its name.
std::vector<std::string> positional_values(const CLI::App& app, std::size_t index,
                                           const Line& line) {
  std::vector<const CLI::Option*> places;
  for (const CLI::Option* option : app.get_options())
    if (option->get_positional()) places.push_back(option);
  if (places.empty()) return {};
  // A list (remind's CUSTOMER...) takes every word after the others.
  const CLI::Option* place = index < places.size() ? places[index] : places.back();
  if (index >= places.size() && place->get_expected_max() <= 1) return {};
  const std::string name = place->get_name();
  if (name == "FILE") return {":files"};
  if (name == "DIR") return {":dirs"};
  if (name == "SERIES") {
    std::vector<std::string> out;
    for (const auto& [series, value] : rate_series_names()) out.emplace_back(series);
    return out;
  }
  const Ids ids(line.dir);
  std::vector<std::string> out;
  if (name.starts_with("CUSTOMER")) out = ids.customers();
  if (name == "CUSTOMER|INVOICE") {
    std::vector<std::string> invoices = ids.invoices("");
    out.insert(out.end(), invoices.begin(), invoices.end());
  }
  // plan CUSTOMER takes a recorded plan's id too (for its confirmation).
  if (app.get_name() == "plan") {
    std::vector<std::string> plans = ids.plans();
    out.insert(out.end(), plans.begin(), plans.end());
  }
  return out;
}

std::vector<std::string> next_words(const CLI::App& program, const std::vector<std::string>& words,
                                    const std::string& dir) {
  const Line line = read_line(program, words, dir);
  const std::string current = words.empty() ? "" : words.back();
  if (line.pending) return option_values(*line.pending, line.values, line);
  if (current.starts_with("-")) return option_names({line.sub, line.command, &program});
  if (line.done || ((line.help || line.shell) && !line.positionals.empty())) return {};
  if (line.help) return command_names(program);
  if (line.shell) return {"bash", "zsh", "fish"};
  if (!line.command) {
    std::vector<std::string> out = command_names(program);
    out.insert(out.end(), {"help", "version", "completion"});
    return out;
  }
  if (!line.sub && !line.command->get_subcommands({}).empty()) {
    std::vector<std::string> out;
    for (const CLI::App* sub : line.command->get_subcommands({})) out.push_back(sub->get_name());
    return out;
  }
  return positional_values(line.sub ? *line.sub : *line.command, line.positionals.size(), line);
}

}  // namespace

std::vector<std::string> complete(const CLI::App& program, const std::vector<std::string>& args,
                                  const std::string& dir) {
  if (args.empty()) return {};
  const std::string& kind = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  std::vector<std::string> out;
  if (kind == "next") {
    out = next_words(program, rest, dir);
    // Paths are the shell's to list; everything else is filtered by what is typed.
    if (out.size() == 1 && out[0].starts_with(":")) return out;
    const std::string typed = rest.empty() ? "" : rest.back();
    std::erase_if(out, [&](const std::string& w) { return !w.starts_with(typed); });
  } else if (kind == "commands") {
    out = command_names(program);
  } else if (kind == "options") {
    const CLI::App* command = rest.empty() ? nullptr : subcommand(&program, rest[0]);
    const CLI::App* sub = command && rest.size() > 1 ? subcommand(command, rest[1]) : nullptr;
    out = option_names({sub, command, &program});
  } else {
    std::string ledger = dir;
    for (std::size_t i = 0; i + 1 < rest.size(); ++i)
      if (rest[i] == "-C" || rest[i] == "--dir") ledger = rest[i + 1];
    const Ids ids(ledger_folder(ledger));
    if (kind == "customers") out = ids.customers();
    if (kind == "plans") out = ids.plans();
    if (kind == "steps") out = ids.steps();
    if (kind == "invoices")
      out = ids.invoices(!rest.empty() && ids.has_customer(rest.back()) ? rest.back() : "");
  }
  return out;
}

}  // namespace arcollect::cli
