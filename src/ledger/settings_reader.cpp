// Reads arcollect.toml: [business], [defaults], [aging], [[ladder]], [due], [interest],
// [invoices], [export], [letters], [mail].
#include <fmt/format.h>

#include <cctype>
#include <map>

#include "ledger/due_settings_reader.hpp"
#include "ledger/field_reader.hpp"
#include "ledger/invoice_numbers.hpp"
#include "ledger/limits.hpp"
#include "ledger/records.hpp"
#include "ledger/suggest.hpp"
#include "ledger/toml_reader.hpp"

namespace arcollect {

namespace {

void read_business(FieldReader& f, Business& b) {
  b.name = f.text("name", Need::required).value_or("");
  b.email = f.email("email").value_or("");
  b.address = f.text_list("address").value_or(std::vector<std::string>{});
  if (auto code = f.text("currency", Need::required)) {
    if (valid_currency_code(*code))
      b.currency = *code;
    else
      f.sink().error(DiagCode::invalid_value, f.pos("currency"),
                     fmt::format("'currency' \"{}\" is not an ISO 4217 code; write three capital "
                                 "letters, e.g. \"GBP\"",
                                 *code));
  }
  b.jurisdiction =
      f.choice<Jurisdiction>("jurisdiction", jurisdiction_names()).value_or(Jurisdiction::uk);
  b.payment_details = f.text("payment_details").value_or("");
  b.payment_url = f.text("payment_url").value_or("");
  b.phone = f.text("phone").value_or("");
  b.signer = f.text("signer").value_or("");
  b.signer_title = f.text("signer_title").value_or("");
  f.finish();
}

std::optional<Charge> read_charge(FieldReader& parent, std::string_view key) {
  const toml::table* table = parent.table(key);
  if (!table) return std::nullopt;
  FieldReader f(*table, fmt::format("'{}'", key), parent.sink());
  Charge charge;
  charge.pos = parent.pos(key);
  charge.percent = f.amount("percent");
  charge.amount = f.amount("amount");
  f.finish();
  if (f.has("percent") == f.has("amount")) {
    parent.sink().error(
        DiagCode::conflicting_fields, parent.pos(key),
        fmt::format("'{}' takes either percent or amount, e.g. {} = {{ percent = 5 }}", key, key));
    return std::nullopt;
  }
  if (!charge.percent && !charge.amount) return std::nullopt;
  return charge;
}

void read_defaults(FieldReader& f, Defaults& d) {
  d.terms_days = f.integer("terms_days", 0, kMaxTermsDays).value_or(30);
  d.late_fee = read_charge(f, "late_fee");
  if (const toml::table* table = f.table("early_discount")) {
    FieldReader e(*table, "'early_discount'", f.sink());
    auto percent = e.amount("percent", Need::required);
    auto days = e.integer("days", 0, 3650, Need::required);
    e.finish();
    if (percent && days) d.early_discount = EarlyDiscount{*percent, *days};
  }
  d.notice_days = f.integer("notice_days", 1, 365).value_or(7);
  f.finish();
}

void read_aging(FieldReader& f, AgingSettings& a) {
  a.basis = f.choice<AgingBasis>("basis", aging_basis_names()).value_or(AgingBasis::due);
  if (const toml::array* list = f.array("buckets")) {
    std::vector<int> buckets;
    bool ok = !list->empty();
    for (const toml::node& node : *list) {
      auto value = node.as_integer();
      ok = ok && value && value->get() > (buckets.empty() ? 0 : buckets.back()) &&
           value->get() <= 3650;
      if (ok) buckets.push_back(static_cast<int>(value->get()));
    }
    if (ok)
      a.buckets = std::move(buckets);
    else
      f.sink().error(DiagCode::invalid_value, f.pos("buckets"),
                     "'buckets' must be whole numbers of days in increasing order, e.g. "
                     "[30, 60, 90]");
  }
  f.finish();
}

// Reads the steps under `key` of `f`'s table; `title` names them in messages ("ladder",
// "ladder_sets.strict").
void read_ladder(FieldReader& f, std::string_view key, const std::string& title,
                 std::vector<LadderStep>& ladder) {
  const toml::node* node = f.node(key);
  if (!node) return;
  const toml::array* steps = node->as_array();
  if (!steps || !steps->is_array_of_tables() || steps->empty()) {
    f.sink().error(
        DiagCode::not_table_array, f.pos(key),
        fmt::format("'{}' must be written [[{}]] (double brackets: one per step)", title, title));
    return;
  }
  for (const toml::node& node : *steps) {
    FieldReader s(*node.as_table(), fmt::format("[[{}]]", title), f.sink());
    LadderStep step;
    step.pos = s.table_pos();
    auto name = s.text("name", Need::required);
    if (name) check_slug_id(s, "name", *name);
    auto day = s.integer("day", -365, 3650, Need::required);
    auto action = s.choice<LadderAction>("action", ladder_action_names(), Need::required);
    if (auto role = s.choice<ContactRole>("to", role_names()))
      step.to = name_of(role_names(), *role);
    if (auto role = s.choice<ContactRole>("cc", role_names()))
      step.cc = name_of(role_names(), *role);
    step.template_name = s.text("template").value_or("");
    if (!step.template_name.empty() && !check_slug_id(s, "template", step.template_name))
      step.template_name.clear();
    step.min_amount = s.amount("min_amount", Need::optional, true);
    step.grace_days = s.integer("grace_days", 0, 365);
    step.repeat_every = s.integer("repeat_every", 1, 365);
    step.late_fee = s.boolean("late_fee").value_or(false);
    s.finish();
    if (!name || !day || !action) continue;
    step.name = *name;
    step.day = *day;
    step.action = *action;
    for (const auto& earlier : ladder)
      if (earlier.name == step.name)
        f.sink().error(DiagCode::duplicate_id, s.pos("name"),
                       fmt::format("ladder step '{}' is defined twice (first at line {}); give "
                                   "each step its own name",
                                   step.name, earlier.pos.line));
    if (!ladder.empty() && step.day < ladder.back().day)
      f.sink().error(DiagCode::invalid_value, s.pos("day"),
                     fmt::format("ladder step '{}' (day {}) comes before '{}' (day {}); list the "
                                 "steps in the order they happen",
                                 step.name, step.day, ladder.back().name, ladder.back().day));
    ladder.push_back(std::move(step));
  }
}

void read_ladder_sets(FieldReader& f, std::map<std::string, std::vector<LadderStep>>& sets) {
  const toml::table* table = f.table("ladder_sets");
  if (!table) return;
  FieldReader s(*table, "[ladder_sets]", f.sink());
  for (auto&& [key, node] : *table) {
    std::string name(key.str());
    check_slug_id(s, name, name);
    read_ladder(s, name, "ladder_sets." + name, sets[name]);
  }
  s.finish();
}

void read_interest(FieldReader& f, InterestSettings& i) {
  i.rate = f.amount("rate", Need::optional, true);
  if (i.rate && !to_minor(*i.rate, 4))
    f.sink().error(DiagCode::amount_precision, f.pos("rate"),
                   "'rate' has more than 4 decimals; write a percentage like 1.5");
  i.per = f.choice<InterestSettings::Per>("per", interest_per_names())
              .value_or(InterestSettings::Per::year);
  if (const toml::array* list = f.array("base_rates")) {
    for (const toml::node& node : *list) {
      const toml::table* table = node.as_table();
      if (!table) {
        f.sink().error(DiagCode::wrong_type, pos_of(node.source(), f.sink().file_index()),
                       "each base rate must be a table like { from = 2026-03-19, rate = 3.5 }");
        continue;
      }
      FieldReader r(*table, "a base rate", f.sink());
      auto from = r.date("from", Need::required);
      auto rate = r.amount("rate", Need::required, true);
      r.finish();
      if (!from || !rate) continue;
      if (!to_minor(*rate, 4)) {
        r.sink().error(DiagCode::amount_precision, r.pos("rate"),
                       "'rate' has more than 4 decimals; rates are percentages like 3.75");
        continue;
      }
      if (!i.base_rates.empty() && *from <= i.base_rates.back().from)
        r.sink().error(DiagCode::invalid_value, r.pos("from"),
                       "base rates must be listed in date order, one per date");
      i.base_rates.push_back({*from, *rate});
    }
  }
  i.rates_known_until = f.date("rates_known_until");
  f.finish();
}

// A ledger is data from other people: nothing in it may name a program to run. Such a setting
// is read so that it is not an unknown key, and ignored.
void ignore_program(FieldReader& f, std::string_view key, std::string_view table,
                    std::string_view where_else) {
  if (f.text(key))
    f.sink().report(Severity::warning, DiagCode::untrusted_setting, f.pos(key),
                    fmt::format("'{}' is ignored in a ledger, which may not name a program to "
                                "run; set it in your own ~/.config/arcollect/config.toml under "
                                "[{}]{}, and delete it here",
                                key, table, where_else));
}

void read_mail(FieldReader& f) {
  ignore_program(f, "sendmail_command", "mail", ", in ARCOLLECT_SENDMAIL, or with --sendmail");
  f.finish();
}

void read_invoices(FieldReader& f, InvoiceSettings& i) {
  if (auto format = f.text("id_format")) {
    if (auto problem = id_format_problem(*format))
      f.sink().error(DiagCode::invalid_value, f.pos("id_format"),
                     fmt::format("'id_format' cannot number invoices: {}; write text with one "
                                 "{{seq}} or {{seq:0N}} and, if wanted, {{year}} and {{month}}, "
                                 "e.g. \"{}\"",
                                 *problem, kDefaultIdFormat));
    else
      i.id_format = *format;
  }
  f.finish();
}

// Why `name` cannot be an [export] account in every journal format, or nothing: ledger and
// hledger end an account at two spaces and beancount takes only its five roots and no '_'.
std::optional<std::string> account_problem(std::string_view name) {
  std::size_t colon = name.find(':');
  std::string root(name.substr(0, colon));
  for (char& ch : root) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (root != "assets" && root != "liabilities" && root != "equity" && root != "income" &&
      root != "expenses")
    return "it must start with assets, liabilities, equity, income or expenses";
  bool start = true;
  for (char ch : name) {
    bool alnum = std::isalnum(static_cast<unsigned char>(ch)) != 0;
    if (ch == ':' && !start) {
      start = true;
    } else if (alnum || (ch == '-' && !start)) {
      start = false;
    } else {
      return "each part between ':' must be letters, digits and '-', starting with a letter or "
             "digit";
    }
  }
  if (start) return "it must not end with ':'";
  return std::nullopt;
}

void read_export(FieldReader& f, ExportSettings& e) {
  for (auto [key, account] : {std::pair{"receivable", &e.receivable},
                              {"income", &e.income},
                              {"bank", &e.bank},
                              {"credit_notes", &e.credit_notes},
                              {"opening", &e.opening}}) {
    auto name = f.text(key);
    if (!name) continue;
    if (auto problem = account_problem(*name))
      f.sink().error(
          DiagCode::invalid_value, f.pos(key),
          fmt::format("'{}' is not an account name: {}, e.g. \"{}\"", key, *problem, *account));
    else
      *account = *name;
  }
  f.finish();
}

// Fixed amounts in the settings are in the business currency and must fit its minor unit.
void check_precision(const Settings& settings, FileSink& sink) {
  const std::string& currency = settings.business.currency;
  if (currency.empty()) return;
  auto check = [&](const std::optional<Decimal>& value, SourcePos pos, std::string_view what) {
    if (value && !to_minor(*value, minor_digits(currency)))
      sink.error(DiagCode::amount_precision, pos,
                 fmt::format("{} has more decimals than {} allows ({})", what, currency,
                             minor_digits(currency)));
  };
  if (settings.defaults.late_fee)
    check(settings.defaults.late_fee->amount, settings.defaults.late_fee->pos, "'late_fee' amount");
  for (const auto& step : settings.ladder) check(step.min_amount, step.pos, "'min_amount'");
  for (const auto& [name, steps] : settings.ladder_sets)
    for (const auto& step : steps) check(step.min_amount, step.pos, "'min_amount'");
  check(settings.due.courtesy_call_over, settings.due.courtesy_call_over_pos,
        "'courtesy_call_over'");
}

}  // namespace

Settings read_settings(std::string_view text, const std::string& path, std::uint32_t file,
                       std::vector<Diagnostic>& diagnostics) {
  Settings settings;
  FileSink sink(text, path, file);
  if (auto document = parse_document(text, sink)) {
    FieldReader top(*document, "arcollect.toml", sink);
    settings.lines = key_lines(*document);
    if (const toml::table* business = top.table("business", Need::required)) {
      FieldReader f(*business, "[business]", sink);
      read_business(f, settings.business);
    }
    if (const toml::table* defaults = top.table("defaults")) {
      FieldReader f(*defaults, "[defaults]", sink);
      read_defaults(f, settings.defaults);
    }
    if (const toml::table* aging = top.table("aging")) {
      FieldReader f(*aging, "[aging]", sink);
      read_aging(f, settings.aging);
    }
    read_ladder(top, "ladder", "ladder", settings.ladder);
    read_ladder_sets(top, settings.ladder_sets);
    bool holidays_given = false;
    if (const toml::table* due = top.table("due")) {
      FieldReader f(*due, "[due]", sink);
      read_due(f, settings.due);
      holidays_given = due->contains("holidays");
    }
    // A UK business keeps the bank holidays of England and Wales unless [due] holidays says.
    if (!holidays_given && settings.business.jurisdiction == Jurisdiction::uk)
      use_calendar(settings.due, "england-and-wales");
    if (const toml::table* interest = top.table("interest")) {
      FieldReader f(*interest, "[interest]", sink);
      read_interest(f, settings.interest);
    }
    if (const toml::table* invoices = top.table("invoices")) {
      FieldReader f(*invoices, "[invoices]", sink);
      read_invoices(f, settings.invoices);
    }
    if (const toml::table* exports = top.table("export")) {
      FieldReader f(*exports, "[export]", sink);
      read_export(f, settings.exports);
    }
    if (const toml::table* letters = top.table("letters")) {
      FieldReader f(*letters, "[letters]", sink);
      settings.letters.money = f.choice<LetterSettings::Money>("money", letter_money_names())
                                   .value_or(LetterSettings::Money::symbol);
      settings.letters.language =
          f.choice<Language>("language", language_names()).value_or(Language::en);
      ignore_program(f, "pdf_command", "letters", "");
      f.finish();
    }
    if (const toml::table* mail = top.table("mail")) {
      FieldReader f(*mail, "[mail]", sink);
      read_mail(f);
    }
    for (std::string_view kind :
         {"customer", "invoice", "payment", "credit", "contact", "plan", "rate"})
      if (top.node(kind))
        sink.error(DiagCode::unknown_table, top.pos(kind),
                   fmt::format("[[{}]] records go in files of their own below the ledger root, "
                               "not in arcollect.toml",
                               kind));
    top.finish();
  }
  if (settings.ladder.empty()) settings.ladder = default_ladder();
  check_precision(settings, sink);
  for (auto& d : sink.take()) diagnostics.push_back(std::move(d));
  return settings;
}

}  // namespace arcollect
