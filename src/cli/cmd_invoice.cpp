// arcollect invoice CUSTOMER AMOUNT: write a new invoice, numbered after the ledger's own, due
// under the customer's terms.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/new_invoice.hpp"
#include "ledger/append.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/limits.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_name.hpp"
#include "ledger/record_writer.hpp"
#include "render/invoice.hpp"

namespace arcollect::cli {

namespace {

struct InvoiceOptions {
  std::string customer;
  std::string amount;
  std::string description;
  std::string issued;
  std::string due;
  std::string po;
  std::string currency;
  std::string id;
  bool dry_run = false;
  std::string format = "text";
};

InvoiceRequest build_request(const Book& book, std::size_t c, const InvoiceOptions& o, Date today) {
  InvoiceRequest r;
  if (!o.currency.empty() && !valid_currency_code(o.currency))
    throw UsageError(fmt::format(
        "--currency: '{}' is not an ISO 4217 code; write three capital letters, e.g. EUR",
        o.currency));
  r.currency = o.currency;
  const std::string currency = o.currency.empty() ? invoice_currency(book, c) : o.currency;
  r.amount_minor = option_amount("AMOUNT", o.amount, currency);
  r.issued = o.issued.empty() ? today : option_date("--issued", o.issued);
  // Ten years of terms later is still a date the ledger can write (four-digit years).
  if (r.issued >= make_date(9000, 1, 1))
    throw UsageError(
        fmt::format("--issued {}: give a date before the year 9000", format_date(r.issued)));
  if (!o.due.empty()) {
    r.due = option_date("--due", o.due);
    if (*r.due < r.issued)
      throw UsageError(
          fmt::format("--due {} comes before the issue date {}", o.due, format_date(r.issued)));
  }
  refuse_bad_text("--description", o.description);
  refuse_bad_text("--po", o.po);
  refuse_bad_text("--id", o.id);
  if (!o.id.empty() && (o.id.front() == ' ' || o.id.back() == ' '))
    throw UsageError("--id: an invoice number cannot begin or end with a space");
  for (const auto& [option, text] : {std::pair{"--id", &o.id}, std::pair{"--po", &o.po}})
    if (text->size() > kMaxIdBytes)
      throw UsageError(fmt::format("{}: {} bytes is too long; it takes at most {}", option,
                                   text->size(), kMaxIdBytes));
  r.description = o.description;
  r.po = o.po;
  r.id = o.id;
  return r;
}

// Two invoices under one number would be one too many: the ledger refuses it.
void refuse_taken(const Book& book, const NewInvoice& made) {
  if (!made.taken) return;
  const Invoice& there = book.invoices[*made.taken];
  throw Error(fmt::format(
      "{}:{}: invoice {} is already there; give another --id, or leave --id out to take the "
      "next number",
      book.files[there.id_pos.file], there.id_pos.line, there.id));
}

std::string place_path(const Invoice& inv) {
  const RecordPlace place = invoice_place(inv.id, inv.issued);
  return planned_file_name(place.folder, place.stem);
}

}  // namespace

std::function<int()> setup_invoice(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<InvoiceOptions>();
  app.add_option("CUSTOMER", o->customer, "the customer's id")->required();
  app.add_option("AMOUNT", o->amount, "the total payable, e.g. 1200.50")->required();
  app.add_option("--description", o->description, "what it is for");
  app.add_option("--issued", o->issued, "the issue date (default: --today)");
  app.add_option("--due", o->due, "the due date (default: issued + the customer's terms)");
  app.add_option("--po", o->po, "the customer's purchase-order number");
  app.add_option("--currency", o->currency,
                 "its currency (default: the customer's last invoice's, else the business's)");
  app.add_option("--id", o->id, "its number (default: the next in [invoices] id_format)");
  app.add_flag("--dry-run", o->dry_run, "print the file instead of writing it");
  add_format(app, o->format, {"text", "json"});
  return [&globals, o] {
    const Book book = load_book(globals);
    const std::size_t c = customer_number(book, o->customer);
    const InvoiceRequest request = build_request(book, c, *o, today(globals));
    NewInvoice made = new_invoice(book, c, request);
    refuse_taken(book, made);
    RecordFile file{place_path(made.invoice), false, invoice_toml(made.invoice)};
    if (o->dry_run) {
      if (o->format == "json") {
        print_json(globals, "invoice", invoice_json(made, file));
      } else {
        std::cout << file.text;
        std::cerr << invoice_text(book, made, file);
      }
      std::cerr << "arcollect: dry run: nothing was written\n";
      return kExitOk;
    }
    // The number is taken under the lock, from the ledger as it is on disk then: two invoices
    // written at once get two numbers.
    const LedgerLocation where = locate_ledger(globals);
    file.path = *append_built_record(where.root, [&]() -> std::optional<NewRecord> {
      const LoadResult now = reload_under_lock(where);
      made = new_invoice(now.book, customer_number(now.book, o->customer), request);
      refuse_taken(now.book, made);
      const RecordPlace place = invoice_place(made.invoice.id, made.invoice.issued);
      file.text = invoice_toml(made.invoice);
      return NewRecord{place.folder, place.stem, file.text};
    });
    file.written = true;
    if (o->format == "json")
      print_json(globals, "invoice", invoice_json(made, file));
    else
      std::cout << invoice_text(book, made, file);
    return kExitOk;
  };
}

}  // namespace arcollect::cli
