// arcollect plan CUSTOMER: propose (and with --write, record) a partial-payment plan;
// arcollect plan --status: where the recorded plans stand.
#include <filesystem>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/letters.hpp"
#include "collect/account_state.hpp"
#include "ledger/error.hpp"
#include "ledger/plan_writer.hpp"
#include "render/plan.hpp"
#include "render/record_file.hpp"

namespace arcollect::cli {

namespace {

struct PlanOptions {
  std::string customer;
  std::vector<std::string> invoices;
  int installments = 0;
  std::string amount, every = "week", start, down, round;
  bool align_pay_run = false;
  std::string charges = "waive";
  bool write = false;
  bool status = false;
  std::string format;
};

ScheduleSpec schedule_spec(const Book& book, const Customer& customer, const PlanOptions& o,
                           Date today, const std::string& currency) {
  ScheduleSpec spec;
  spec.today = today;
  auto step = parse_step(o.every);
  if (!step)
    throw UsageError(
        fmt::format("--every: '{}' is not a step; write week, 2weeks, month or a "
                    "number of days like 10d",
                    o.every));
  spec.every = *step;
  spec.start = step_date(today, spec.every, 1);
  if (!o.start.empty()) {
    Date day = option_date("--start", o.start);
    if (day < today)
      throw UsageError(
          fmt::format("--start: {} is before --today {}", o.start, format_date(today)));
    spec.start = day;
  }
  if ((o.installments > 0) == !o.amount.empty())
    throw UsageError("give either --installments N or --amount X (each installment)");
  spec.installments = o.installments;
  if (!o.amount.empty()) spec.amount = option_amount("--amount", o.amount, currency);
  if (!o.down.empty()) {
    if (o.down.back() == '%') {
      Decimal percent;
      auto p = parse_decimal(o.down.substr(0, o.down.size() - 1), percent) == DecimalError::none
                   ? to_minor(percent, 4)
                   : std::nullopt;
      if (!p || *p <= 0 || *p >= 1'000'000)
        throw UsageError(fmt::format("--down: '{}' is not a percentage between 0 and 100", o.down));
      spec.down_share = *p;
    } else {
      spec.down = option_amount("--down", o.down, currency);
    }
  }
  if (!o.round.empty()) spec.round = option_amount("--round", o.round, currency);
  if (o.align_pay_run) {
    if (!customer.payment_run)
      throw UsageError(fmt::format("--align-pay-run: {} has no payment_run; add one to {}",
                                   customer.id, book.files[customer.pos.file]));
    spec.pay_run = customer.payment_run;
  }
  return spec;
}

// The recorded plan the confirmation of `--format eml` is for: the plan the positional names,
// or, when no new schedule is asked for, the customer's live one; none for a new proposal.
std::optional<std::size_t> recorded_plan_to_confirm(const Book& book, const AccountState& state,
                                                    const PlanOptions& o) {
  const bool new_schedule = o.installments > 0 || !o.amount.empty();
  for (std::size_t p = 0; p < book.plans.size(); ++p) {
    const Plan& plan = book.plans[p];
    if (plan.id == o.customer && !book.find_customer(o.customer)) {
      if (new_schedule || o.write)
        throw UsageError(
            fmt::format("{} is a recorded plan: --format eml drafts its confirmation; "
                        "a new schedule needs the customer's id",
                        plan.id));
      return p;
    }
  }
  if (new_schedule || o.write) return std::nullopt;
  std::optional<std::size_t> live;
  for (std::size_t p = 0; p < book.plans.size(); ++p)
    if (book.plans[p].customer == o.customer && state.plan_live(p)) live = p;
  return live;
}

int show_status(const Globals& globals, const Book& book, const PlanOptions& o) {
  Date day = today(globals);
  std::vector<PlanStatus> plans;
  if (!o.customer.empty()) customer_number(book, o.customer);
  const AccountState state = account_state(book, day);
  for (std::size_t p = 0; p < book.plans.size(); ++p)
    if (o.customer.empty() || book.plans[p].customer == o.customer) plans.push_back(state.plans[p]);
  if (o.format == "json")
    print_json(globals, "plan --status", plan_status_json(book, plans));
  else
    std::cout << plan_status_text(book, plans, day, use_color(globals));
  return kExitOk;
}

}  // namespace

std::function<int()> setup_plan(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<PlanOptions>();
  app.add_option("CUSTOMER", o->customer,
                 "the customer's id; with --format eml, also a recorded plan's id");
  app.add_option("--invoice", o->invoices, "an invoice the plan covers (default: all overdue)");
  app.add_option("--installments", o->installments, "how many installments after any payment now")
      ->check(CLI::Range(1, 520));
  app.add_option("--amount", o->amount, "how much each installment is");
  app.add_option("--every", o->every, "week (default), 2weeks, month, or days like 10d");
  app.add_option("--start", o->start, "the first installment's date (default: one step on)");
  app.add_option("--down", o->down, "a payment now: a percentage like 25% or an amount");
  app.add_option("--round", o->round, "installments in multiples of this; the last takes the rest");
  app.add_flag("--align-pay-run", o->align_pay_run,
               "move each installment to the customer's next pay-run day");
  app.add_option("--charges", o->charges,
                 "waive (default) the interest, compensation and fee while the plan is kept, or "
                 "add them to it")
      ->check(CLI::IsMember({"waive", "add"}));
  app.add_flag("--write", o->write, "record the plan as a new file under plans/");
  app.add_flag("--status", o->status, "where the recorded plans stand (all, or the customer's)");
  add_format(app, o->format, {"text", "json", "eml"});
  return [&globals, o]() -> int {
    Book book = load_book(globals);
    if (o->status) {
      if (o->format == "eml") throw UsageError("--status prints text or json, not eml");
      return show_status(globals, book, *o);
    }
    if (o->customer.empty()) throw UsageError("name the customer to plan for, or give --status");
    const Date day = today(globals);
    const AccountState state = account_state(book, day);
    LetterOptions letters;
    letters.format = "eml";
    if (o->format == "eml")
      if (auto p = recorded_plan_to_confirm(book, state, *o))
        return deliver_letters(
            globals, book, {confirmation_letter(state, recorded_plan(state, *p))}, letters, "plan");
    if (!book.find_customer(o->customer))
      for (const Plan& plan : book.plans)
        if (plan.id == o->customer)
          throw UsageError(fmt::format(
              "{} is a recorded plan, not a customer: --status shows where it stands and "
              "--format eml drafts its confirmation; a new plan needs the customer's id",
              plan.id));
    std::size_t c = customer_number(book, o->customer);
    const Customer& customer = book.customers[c];
    std::vector<std::size_t> named;
    for (const auto& id : o->invoices) named.push_back(customer_invoice(book, c, id));
    PlanProposal proposal;
    try {
      std::vector<std::size_t> invoices = plan_invoices(state, c, named);
      const std::string& currency = book.invoices[invoices.front()].amount.currency;
      proposal = propose_plan(state, c, invoices, schedule_spec(book, customer, *o, day, currency),
                              o->charges == "add");
    } catch (const PlanRefusal& refusal) {
      throw Error(plan_refusal_text(refusal));
    }
    if (o->format == "eml")
      deliver_letters(globals, book, {confirmation_letter(state, proposal)}, letters, "plan");
    else if (o->format == "text")
      std::cout << proposal_text(book, proposal, book.settings.due.plan_grace_days);
    std::vector<RecordFile> files;
    if (o->write) {
      const LedgerLocation where = locate_ledger(globals);
      std::optional<Invoice> charges;
      if (proposal.charges_added)
        charges = charges_invoice(book, proposal, charges_invoice_description(proposal));
      const Plan plan = plan_record(book, proposal);
      for (const auto& path : record_plan(where.root, where.shown, plan, charges)) {
        files.push_back({path, true, plan_file_text(plan, charges)});
        if (o->format != "json") std::cerr << "arcollect: recorded " << path << "\n";
      }
    }
    // A proposal's document says what --write wrote: nothing ("written": false) without it.
    if (o->format == "json") {
      JsonObject body = files_json(files);
      for (auto& field : proposal_json(book, proposal)) body.push_back(std::move(field));
      print_json(globals, "plan", std::move(body));
    }
    if (!o->write)
      std::cerr << "arcollect: a proposal: add --write to record it as plan " << proposal.id
                << " under plans/\n";
    return kExitOk;
  };
}

}  // namespace arcollect::cli
