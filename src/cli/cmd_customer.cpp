// arcollect customer add ID / customer list: add a customer as a new file under customers/, or list
// the customers with what each owes and where each stands.
#include <charconv>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.hpp"
#include "collect/customer_list.hpp"
#include "ledger/append.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/limits.hpp"
#include "ledger/loader.hpp"
#include "ledger/mail_syntax.hpp"
#include "ledger/record_name.hpp"
#include "ledger/record_writer.hpp"
#include "render/customer.hpp"

namespace arcollect::cli {

namespace {

struct AddOptions {
  std::string id, name, kind = "business", email, terms_days, credit_limit, payment_run;
  std::string jurisdiction, language;  // "" keeps the ledger's
  std::vector<std::string> address;
  bool dry_run = false;
  std::string format = "text";
  CLI::Option *contact = nullptr, *role = nullptr, *phone = nullptr;
};

std::string checked_email(std::string_view option, const std::string& text) {
  if (!text.empty() && !valid_address(text))
    throw UsageError(
        fmt::format("{} '{}' is not an email address; write one like "
                    "name@example.com",
                    option, text));
  return text;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

// "Priya Shah <priya@example.com>" or "Priya Shah".
ContactPerson parse_contact(const std::string& text) {
  refuse_bad_text("--contact", text);
  ContactPerson person;
  const auto open = text.find('<');
  if (open != std::string::npos) {
    if (!text.ends_with('>'))
      throw UsageError(fmt::format(
          "--contact '{}': write the address in angle brackets at the end, \"Name <email>\"",
          text));
    person.name = trim(std::string_view(text).substr(0, open));
    person.email = checked_email("--contact", text.substr(open + 1, text.size() - open - 2));
  } else {
    person.name = trim(text);
  }
  if (person.name.empty())
    throw UsageError(fmt::format("--contact '{}': give the person's name, \"Name <email>\"", text));
  return person;
}

// --role and --phone describe the --contact before them, so they are read in command-line order.
std::vector<ContactPerson> contacts_in_order(const CLI::App& app, const AddOptions& o) {
  std::vector<ContactPerson> people;
  std::vector<bool> has_role;
  std::size_t next_contact = 0, next_role = 0, next_phone = 0;
  for (const CLI::Option* option : app.parse_order()) {
    if (option == o.contact) {
      people.push_back(parse_contact(o.contact->results().at(next_contact++)));
      has_role.push_back(false);
      continue;
    }
    if (option != o.role && option != o.phone) continue;
    const bool is_role = option == o.role;
    const std::string& value =
        is_role ? o.role->results().at(next_role++) : o.phone->results().at(next_phone++);
    const std::string_view name = is_role ? "--role" : "--phone";
    if (people.empty())
      throw UsageError(
          fmt::format("{} {}: give it after the --contact it belongs to", name, value));
    if (is_role) {
      auto role = value_of(role_names(), value);
      if (!role)
        throw UsageError(
            fmt::format("--role {}: the roles are ap, finance, buyer and other", value));
      if (has_role.back())
        throw UsageError(
            fmt::format("--role {}: {} has a role already", value, people.back().name));
      people.back().role = *role;
      has_role.back() = true;
    } else {
      refuse_bad_text("--phone", value);
      if (!people.back().phone.empty())
        throw UsageError(
            fmt::format("--phone {}: {} has a phone number already", value, people.back().name));
      people.back().phone = value;
    }
  }
  for (std::size_t i = 0; i < people.size(); ++i)
    if (!has_role[i])
      throw UsageError(fmt::format(
          "--contact '{}' needs a --role after it: ap, finance, buyer or other", people[i].name));
  return people;
}

Customer build_customer(const Book& book, const CLI::App& app, const AddOptions& o) {
  Customer c;
  if (!is_slug(o.id) || o.id.size() > kMaxIdBytes)
    throw UsageError(fmt::format(
        "'{}' cannot be a customer id; use lower-case letters, digits, '.', '_' and '-', "
        "starting with a letter or digit, e.g. northwind",
        o.id));
  c.id = o.id;
  refuse_bad_text("--name", o.name);
  if (trim(o.name).empty()) throw UsageError("--name: give the customer's name");
  c.name = o.name;
  c.kind = *value_of(customer_kind_names(), o.kind);
  if (!o.jurisdiction.empty()) c.jurisdiction = value_of(jurisdiction_names(), o.jurisdiction);
  if (!o.language.empty()) c.language = value_of(language_names(), o.language);
  c.email = checked_email("--email", o.email);
  if (!o.terms_days.empty()) {
    int days = -1;
    auto [end, ec] =
        std::from_chars(o.terms_days.data(), o.terms_days.data() + o.terms_days.size(), days);
    if (ec != std::errc{} || end != o.terms_days.data() + o.terms_days.size() || days < 0 ||
        days > kMaxTermsDays)
      throw UsageError(fmt::format("--terms-days {}: give a whole number of days from 0 to {}",
                                   o.terms_days, kMaxTermsDays));
    c.terms_days = days;
  }
  if (!o.credit_limit.empty()) {
    const std::string& currency = book.settings.business.currency;
    c.credit_limit = Money{option_amount("--credit-limit", o.credit_limit, currency), currency};
  }
  if (!o.payment_run.empty()) {
    refuse_bad_text("--payment-run", o.payment_run);
    if (!parse_pay_run(o.payment_run))
      throw UsageError(fmt::format(
          "--payment-run '{}' is not a pay-run day; write a day of the month (25), days "
          "(1,15), 'last friday' or 'every tuesday'",
          o.payment_run));
    c.payment_run_text = o.payment_run;
  }
  for (const std::string& line : o.address) refuse_bad_text("--address", line);
  c.address = o.address;
  c.contacts = contacts_in_order(app, o);
  return c;
}

// One customer under one id: the ledger refuses a second.
void refuse_taken(const Book& book, const std::string& id) {
  auto at = book.customer_index.find(id);
  if (at == book.customer_index.end()) return;
  const Customer& there = book.customers[at->second];
  throw Error(fmt::format("{}:{}: customer {} is already there; choose another id",
                          book.files[there.id_pos.file], there.id_pos.line, id));
}

std::function<int()> setup_add(CLI::App& add, const Globals& globals) {
  auto o = std::make_shared<AddOptions>();
  add.add_option("ID", o->id, "the customer's id, e.g. northwind")->required();
  add.add_option("--name", o->name, "the customer's name")->required();
  add.add_option("--kind", o->kind, "business or individual")
      ->check(CLI::IsMember({"business", "individual"}))
      ->capture_default_str();
  add.add_option("--email", o->email, "where letters go when no contact's role fits");
  add.add_option("--terms-days", o->terms_days, "payment terms, if not the ledger's");
  add.add_option("--credit-limit", o->credit_limit, "in the business currency");
  add.add_option("--payment-run", o->payment_run,
                 "when their accounts payable pays: 25, 1,15, 'last friday', 'every tuesday'");
  add.add_option("--address", o->address, "a line of the postal address (repeatable)");
  // The names the ledger takes, so a mistyped one is refused before anything is written.
  auto names = [](auto table) {
    std::vector<std::string> out;
    for (const auto& [name, value] : table) out.emplace_back(name);
    return out;
  };
  const std::vector<std::string> laws = names(jurisdiction_names());
  add.add_option("--jurisdiction", o->jurisdiction,
                 "the law of its contracts, if not the ledger's: " +
                     fmt::format("{}", fmt::join(laws, ", ")))
      ->check(CLI::IsMember(laws));
  const std::vector<std::string> languages = names(language_names());
  add.add_option("--language", o->language,
                 "the language of its letters, if not the ledger's: " +
                     fmt::format("{}", fmt::join(languages, ", ")))
      ->check(CLI::IsMember(languages));
  o->contact = add.add_option("--contact", "a person, \"Name <email>\" (repeatable)");
  o->role = add.add_option("--role",
                           "the role of the --contact before it: ap, finance, buyer, "
                           "other");
  o->phone = add.add_option("--phone", "the phone number of the --contact before it");
  // Options without a variable show no placeholder in --help unless given one.
  o->contact->type_name("\"NAME <EMAIL>\"");
  o->role->type_name("ROLE");
  o->phone->type_name("NUMBER");
  for (CLI::Option* option : {o->contact, o->role, o->phone})
    option->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add.add_flag("--dry-run", o->dry_run, "print the file instead of writing it");
  add_format(add, o->format, {"text", "json"});
  return [&globals, &add, o] {
    const Book book = load_book(globals);
    const Customer customer = build_customer(book, add, *o);
    refuse_taken(book, customer.id);
    RecordFile file{"", false, customer_toml(customer)};
    const RecordPlace place = customer_place(customer.id);
    file.path = planned_file_name(place.folder, place.stem);
    if (o->dry_run) {
      if (o->format == "json")
        print_json(globals, "customer add", customer_added_json(customer, file));
      else
        std::cout << file.text;
      std::cerr << "arcollect: dry run: nothing was written\n";
      return kExitOk;
    }
    const LedgerLocation where = locate_ledger(globals);
    // Asked again under the lock: two adds of one id at once must not both be written.
    file.path = append_record(where.root, place.folder, place.stem, file.text,
                              [&] { refuse_taken(reload_under_lock(where).book, customer.id); });
    file.written = true;
    if (o->format == "json")
      print_json(globals, "customer add", customer_added_json(customer, file));
    else
      std::cout << customer_added_text(customer, file);
    return kExitOk;
  };
}

std::function<int()> setup_list(CLI::App& list, const Globals& globals) {
  auto format = std::make_shared<std::string>();
  add_format(list, *format, {"text", "json", "csv"});
  return [&globals, format] {
    const Book book = load_book(globals);
    const CustomerList report = customer_list(account_state(book, today(globals)));
    if (*format == "json")
      print_json(globals, "customer list", customer_list_json(book, report));
    else if (*format == "csv")
      std::cout << customer_list_csv(book, report);
    else
      std::cout << customer_list_text(book, report, use_color(globals));
    return kExitOk;
  };
}

}  // namespace

std::function<int()> setup_customer(CLI::App& app, const Globals& globals) {
  app.require_subcommand(1);
  CLI::App* add = app.add_subcommand("add", "add a customer as a new file under customers/");
  CLI::App* list = app.add_subcommand("list", "the customers, what each owes and where it stands");
  for (CLI::App* sub : {add, list}) sub->fallthrough();
  auto run_add = setup_add(*add, globals);
  auto run_list = setup_list(*list, globals);
  return [add, run_add, run_list] { return add->parsed() ? run_add() : run_list(); };
}

}  // namespace arcollect::cli
