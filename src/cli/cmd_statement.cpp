// arcollect statement CUSTOMER: the customer's account, with a running balance.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/letters.hpp"
#include "cli/print_pdf.hpp"
#include "collect/account_state.hpp"
#include "ledger/error.hpp"
#include "render/letter_email.hpp"
#include "render/statement.hpp"

namespace arcollect::cli {

namespace {

struct StatementOptions {
  std::string customer;
  std::string from;
  bool no_history = false;
  std::string format;
};

}  // namespace

std::function<int()> setup_statement(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<StatementOptions>();
  app.add_option("CUSTOMER", o->customer, "the customer's id")->required();
  app.add_option("--from", o->from,
                 "the first day shown (default: the customer's first record); earlier ones make "
                 "the opening balance");
  app.add_flag("--no-history", o->no_history, "leave out the contact history");
  add_format(app, o->format, {"text", "json", "csv", "eml", "html", "pdf"});
  return [&globals, o] {
    if (o->format == "pdf") refuse_terminal("a PDF");
    Book book = load_book(globals);
    std::size_t c = customer_number(book, o->customer);
    StatementSpec spec;
    spec.today = today(globals);
    spec.history = !o->no_history;
    spec.from = spec.today;
    if (!o->from.empty()) {
      Date day = option_date("--from", o->from);
      if (day > spec.today)
        throw UsageError(
            fmt::format("--from: {} is after --today {}", o->from, format_date(spec.today)));
      spec.from = day;
    } else {
      const CustomerRecords& r = book.by_customer[c];
      for (std::size_t i : r.invoices) spec.from = std::min(spec.from, book.invoices[i].issued);
      for (std::size_t p : r.payments) spec.from = std::min(spec.from, book.payments[p].date);
      for (std::size_t k : r.contacts) spec.from = std::min(spec.from, book.contacts[k].date);
    }
    const AccountState state = account_state(book, spec.today);
    Statement s = statement(state, c, spec);
    if (o->format == "eml") {
      // The statement, sent to the customer's accounts-payable contact.
      LadderStep step;
      step.name = "statement";
      step.to = "ap";
      Letter letter = draft_letter(state, c, step, {});
      FilledLetter filled;
      filled.subject = fmt::format("Statement of account: {}, {} to {}", book.customers[c].name,
                                   format_long_date(spec.from), format_long_date(spec.today));
      filled.body = statement_text(book, s, false);
      std::cout << letter_eml(book, letter, filled, email_date_header(globals));
    } else if (o->format == "html")
      std::cout << statement_html(book, s);
    else if (o->format == "pdf")
      write_binary(print_pdf(statement_html(book, s)), "a PDF");
    else if (o->format == "json")
      print_json(globals, "statement", statement_json(book, s));
    else if (o->format == "csv")
      std::cout << statement_csv(book, s);
    else
      std::cout << statement_text(book, s, use_color(globals));
    return kExitOk;
  };
}

}  // namespace arcollect::cli
