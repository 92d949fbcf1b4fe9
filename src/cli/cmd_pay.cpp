// arcollect pay CUSTOMER AMOUNT: record a payment or credit note as a new file, and say what
// it paid.
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/account_state.hpp"
#include "collect/payment.hpp"
#include "ledger/append.hpp"
#include "ledger/duplicate_payments.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_name.hpp"
#include "ledger/record_writer.hpp"
#include "render/payment.hpp"
#include "render/record_file.hpp"
#include "render/record_json.hpp"

namespace arcollect::cli {

namespace {

struct PayOptions {
  std::string customer;
  std::string amount;
  std::vector<std::string> invoices;
  std::string date;
  std::string ref;
  std::string currency;
  bool credit = false;
  std::string reason;
  bool dry_run = false;
  bool allow_duplicate = false;
  std::string format;
};

// The currency of the payment: --currency, else the named invoices', else the one the
// customer's invoices are in, else the business currency.
std::string payment_currency(const Book& book, std::size_t c, const PayOptions& o,
                             const std::vector<std::size_t>& named) {
  std::set<std::string> used;
  for (std::size_t i : book.by_customer[c].invoices) used.insert(book.invoices[i].amount.currency);
  std::string currency = o.currency;
  for (std::size_t i : named) {
    const std::string& of = book.invoices[i].amount.currency;
    if (currency.empty()) currency = of;
    if (of != currency)
      throw UsageError(fmt::format("--invoice {} is in {}, not {}; record one payment per currency",
                                   book.invoices[i].id, of, currency));
  }
  if (currency.empty())
    currency = used.size() == 1 ? *used.begin() : book.settings.business.currency;
  if (!used.empty() && !used.contains(currency))
    throw UsageError(fmt::format("{} has no invoices in {}; its invoices are in {}",
                                 book.customers[c].id, currency, fmt::join(used, ", ")));
  return currency;
}

PaymentRequest build_request(const Book& book, const PayOptions& o, Date today) {
  PaymentRequest r;
  r.customer = customer_number(book, o.customer);
  for (const auto& id : o.invoices) r.invoices.push_back(customer_invoice(book, r.customer, id));
  if (!o.reason.empty() && !o.credit) throw UsageError("--reason goes with --credit");
  r.kind = o.credit ? PaymentKind::credit : PaymentKind::payment;
  r.ref = o.ref;
  r.reason = o.reason;
  r.date = o.date.empty() ? today : option_date("--date", o.date);
  std::string currency = payment_currency(book, r.customer, o, r.invoices);
  r.amount = Money{option_amount("AMOUNT", o.amount, currency), currency};
  return r;
}

// The payment as `pay` would record it, for comparing with those already recorded.
RecordedPayment as_recorded(const Book& book, const PaymentRequest& r) {
  return {r.kind, book.customers[r.customer].id, r.date, r.amount.currency, r.amount.minor, r.ref,
          0};
}

// Refuses a payment that repeats one already recorded in `book`, naming its file: a statement
// keyed in twice must not pay twice.
void refuse_duplicate(const Book& book, const RecordedPayment& candidate) {
  auto same = same_payment(book, candidate);
  if (!same) return;
  const Payment& first = book.payments[same->first];
  throw Error(fmt::format(
      "{}:{}: this {} of {} {} from {} on {}{} is already recorded there; if it is a second "
      "one, give --allow-duplicate",
      book.files[first.pos.file], first.pos.line,
      candidate.kind == PaymentKind::credit ? "credit note" : "payment",
      format_money(Money{candidate.minor, candidate.currency}), candidate.currency,
      candidate.customer, format_date(candidate.date),
      candidate.ref.empty() ? std::string(" with no ref")
                            : fmt::format(" with ref '{}'", candidate.ref)));
}

}  // namespace

std::function<int()> setup_pay(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<PayOptions>();
  app.add_option("CUSTOMER", o->customer, "the customer's id")->required();
  app.add_option("AMOUNT", o->amount, "the amount received, e.g. 1200.50")->required();
  app.add_option("--invoice", o->invoices,
                 "an invoice it pays (repeatable, in order; default the oldest due first)");
  app.add_option("--date", o->date, "the day it was received (default: --today)");
  app.add_option("--ref", o->ref, "the bank reference");
  app.add_option("--currency", o->currency, "its currency (default: the invoices')");
  app.add_flag("--credit", o->credit, "a credit note rather than a payment");
  app.add_option("--reason", o->reason, "why the credit note was given");
  app.add_flag("--dry-run", o->dry_run, "print the records instead of writing them");
  app.add_flag("--allow-duplicate", o->allow_duplicate,
               "record it even though the same payment is already recorded");
  add_format(app, o->format, {"text", "json"});
  return [&globals, o] {
    Book book = load_book(globals);
    const Date day = today(globals);
    PaymentRequest request = build_request(book, *o, day);
    const RecordedPayment candidate = as_recorded(book, request);
    if (!o->allow_duplicate) refuse_duplicate(book, candidate);
    const Date as_of = std::max(day, request.date);
    const std::vector<Payment> records =
        payment_records(book, account_state(book, request.date).allocation, request);
    std::string text;
    for (const Payment& p : records) text += (text.empty() ? "" : "\n") + payment_toml(p);
    const Customer& customer = book.customers[request.customer];
    const RecordPlace place = payment_place(customer.id, request.date, o->credit);
    // What the records change, from the allocation before them to the one after (the ledger as
    // loaded, with the records added, rather than read again).
    auto effect = [&] {
      Book after = book;
      for (const Payment& p : records) after.add_payment(p);
      return payment_effect(book, account_state(book, as_of).allocation, after,
                            account_state(after, as_of).allocation, customer.id,
                            request.amount.currency, as_of);
    };
    auto print_json_document = [&](const RecordFile& file) {
      JsonObject body = files_json({file});
      JsonArray payments;
      for (const Payment& p : records) payments.push_back(payment_json(p));
      body.emplace_back("payments", std::move(payments));
      for (auto& field : payment_effect_json(customer.id, as_of, effect())) body.push_back(field);
      print_json(globals, "pay", std::move(body));
    };
    if (o->dry_run) {
      if (o->format == "json")
        print_json_document({planned_file_name(place.folder, place.stem), false, text});
      else
        std::cout << text;
      std::cerr << "arcollect: dry run: nothing was written\n";
      return kExitOk;
    }
    const LedgerLocation where = locate_ledger(globals);
    // Asked again under the lock, of the ledger as it is on disk now: two identical pays run
    // at once must not both be recorded.
    auto recheck = [&] {
      if (o->allow_duplicate) return;
      refuse_duplicate(reload_under_lock(where).book, candidate);
    };
    std::string written = append_record(where.root, place.folder, place.stem, text, recheck);
    if (o->format == "json") {
      print_json_document({written, true, text});
      return kExitOk;
    }
    std::cout << "Recorded " << written << "\n" << payment_effect_text(customer.id, effect());
    return kExitOk;
  };
}

}  // namespace arcollect::cli
