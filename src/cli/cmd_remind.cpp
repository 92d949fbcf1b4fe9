// arcollect remind [CUSTOMER...]: the letter each customer's ladder step calls for today, or
// the one --step names.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/letters.hpp"
#include "collect/account_state.hpp"
#include "collect/agenda.hpp"
#include "ledger/error.hpp"
#include "ledger/suggest.hpp"
#include "render/letter.hpp"
#include "render/table.hpp"

namespace arcollect::cli {

namespace {

struct RemindOptions {
  std::vector<std::string> customers;
  std::string step;
  std::string print_template;
  LetterOptions letters;
};

const LadderStep& writing_step(const Book& book, const Customer& customer,
                               const std::string& name) {
  const auto& steps = book.ladder_for(customer);
  std::vector<std::string_view> names;
  for (const auto& s : steps)
    if (writes_letter(s)) names.push_back(s.name);
  for (const auto& s : steps)
    if (s.name == name) {
      if (writes_letter(s)) return s;
      throw Error(
          fmt::format("--step {}: that step is a {}, with nothing to draft; the steps of "
                      "{}'s ladder that write are: {}",
                      name, ladder_action_name(s.action), customer.id, fmt::join(names, ", ")));
    }
  throw Error(fmt::format("--step {}: no such step on {}'s ladder{}; the steps that write are: {}",
                          name, customer.id, did_you_mean(name, names), fmt::join(names, ", ")));
}

// Why a step forced with --step does not fit, and the step that does.
std::string misfit_text(const Book& book, const Customer& customer, const LadderStep& step,
                        const StepMisfit& misfit) {
  const std::string& invoice = book.invoices[misfit.invoice].id;
  const std::string facts =
      misfit.days > 0
          ? fmt::format("its letter is written for invoices not yet due, and {} is {} overdue",
                        invoice, day_count(misfit.days))
          : fmt::format(
                "its letter is written for overdue invoices, and nothing {} owes is "
                "overdue yet ({} is due {})",
                customer.id, invoice, misfit.days == 0 ? "today" : "in " + day_count(-misfit.days));
  return fmt::format("--step {}: {}; {}", step.name, facts,
                     misfit.instead
                         ? fmt::format("use --step {}", misfit.instead->name)
                         : std::string("no step of its ladder fits; no letter was drafted"));
}

// NAME, or LANG/NAME for another language's template ("de/firm").
int print_template(const Globals& globals, const std::string& given) {
  std::string name = given;
  Language language = Language::en;
  if (auto slash = given.find('/');
      slash != std::string::npos && given.find('/', slash + 1) == std::string::npos) {
    auto known = value_of(language_names(), std::string_view(given).substr(0, slash));
    if (!known)
      throw UsageError(
          fmt::format("--print-template: '{}' is not a language arcollect writes; "
                      "the languages are en and de",
                      given.substr(0, slash)));
    language = *known;
    name = given.substr(slash + 1);
  }
  if (!is_slug(name))
    throw UsageError(fmt::format(
        "--print-template: '{}' is not a template name (a-z, 0-9, '.', '_' and '-')", name));
  TemplateText found = template_text(globals, name, language);
  if (found.origin.empty())
    throw Error(fmt::format("no template '{}': the built-in ones are {}", name,
                            fmt::join(builtin_template_names(), ", ")));
  std::cout << found.text;
  return kExitOk;
}

}  // namespace

std::function<int()> setup_remind(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<RemindOptions>();
  app.add_option("CUSTOMER", o->customers, "only these customers (default: all)");
  app.add_option("--step", o->step, "draft this ladder step's letter, whatever is due");
  app.add_option(
         "--print-template", o->print_template,
         "print the template NAME (or LANG/NAME, e.g. de/firm) as this ledger has it, to start "
         "your own")
      ->type_name("NAME");
  add_letter_options(app, o->letters);
  return [&globals, o]() -> int {
    if (!o->print_template.empty()) return print_template(globals, o->print_template);
    if (!o->step.empty() && o->customers.empty())
      throw UsageError(
          "--step needs the customers to write to, e.g. arcollect remind northwind "
          "--step firm");
    Book book = load_book(globals);
    std::vector<std::size_t> chosen;
    for (const auto& id : o->customers) chosen.push_back(customer_number(book, id));
    const AccountState state = account_state(book, today(globals));
    std::vector<Letter> letters;
    if (!o->step.empty()) {
      for (std::size_t c : chosen) {
        const Customer& customer = book.customers[c];
        if (o->step == kInstallmentStep) {
          letters.push_back(installment_letter(state, c));
          if (letters.back().invoices.empty())
            throw Error(fmt::format(
                "--step installment: {} has no live payment plan with anything left to pay; no "
                "letter was drafted",
                customer.id));
          continue;
        }
        const LadderStep& step = writing_step(book, customer, o->step);
        letters.push_back(draft_letter(state, c, step));
        if (letters.back().invoices.empty())
          throw Error(
              fmt::format("{} owes nothing that can be chased (disputed invoices and "
                          "those under a plan are left out); no letter was drafted",
                          customer.id));
        if (auto misfit = step_misfit(book, letters.back(), step))
          throw Error(misfit_text(book, customer, step, *misfit));
      }
    } else {
      for (Letter& letter : due_letters(state)) {
        bool named = chosen.empty() ||
                     std::find(chosen.begin(), chosen.end(), letter.customer) != chosen.end();
        if (named) letters.push_back(std::move(letter));
      }
      for (std::size_t c : chosen)
        if (std::none_of(letters.begin(), letters.end(),
                         [&](const Letter& l) { return l.customer == c; }))
          std::cerr << fmt::format(
              "arcollect: {}: no letter is due today (see arcollect due); "
              "--step NAME drafts one anyway\n",
              book.customers[c].id);
    }
    return deliver_letters(globals, book, letters, o->letters, "remind");
  };
}

}  // namespace arcollect::cli
