#include "collect/plan_proposal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "collect/interest.hpp"

namespace arcollect {

std::vector<std::size_t> plan_invoices(const AccountState& state, std::size_t c,
                                       const std::vector<std::size_t>& named) {
  const Book& book = state.book;
  const Customer& customer = book.customers[c];
  std::vector<std::size_t> invoices;
  if (!named.empty()) {
    for (std::size_t i : named) {
      if (state.balance(i) <= 0)
        throw PlanRefusal(PlanRefusalKind::invoice_paid, book.invoices[i].id);
      invoices.push_back(i);
    }
  } else {
    for (std::size_t i : state.chaseable(c))
      if (book.invoices[i].due < state.today) invoices.push_back(i);
    if (invoices.empty()) throw PlanRefusal(PlanRefusalKind::nothing_overdue, customer.id);
  }
  std::set<std::string> currencies;
  for (std::size_t i : invoices) currencies.insert(book.invoices[i].amount.currency);
  if (currencies.size() > 1)
    throw PlanRefusal(PlanRefusalKind::mixed_currencies, customer.id,
                      {currencies.begin(), currencies.end()});
  std::stable_sort(invoices.begin(), invoices.end(), [&](std::size_t a, std::size_t b) {
    return book.invoices[a].due < book.invoices[b].due;
  });
  return invoices;
}

std::string new_plan_id(const Book& book, std::size_t c, Date agreed) {
  const CivilDay day = civil_of(agreed);
  std::string base = fmt::format("{}-{:04}-{:02}", book.customers[c].id, day.year, day.month);
  auto taken = [&](const std::string& id) {
    return std::any_of(book.plans.begin(), book.plans.end(),
                       [&](const Plan& p) { return p.id == id; });
  };
  std::string id = base;
  for (int n = 2; taken(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

PlanProposal propose_plan(const AccountState& state, std::size_t c,
                          const std::vector<std::size_t>& invoices, ScheduleSpec spec,
                          bool add_charges) {
  const Book& book = state.book;
  PlanProposal p;
  p.customer = c;
  p.agreed = state.today;
  p.id = new_plan_id(book, c, p.agreed);
  p.invoices = invoices;
  p.currency = book.invoices[invoices.front()].amount.currency;
  for (std::size_t i : invoices) p.balance += state.balance(i);
  for (const InvoiceCharges& ic : invoice_charges(state, c))
    if (!ic.waived_by &&
        std::find(invoices.begin(), invoices.end(), ic.invoice) != invoices.end()) {
      p.interest = checked_add(p.interest, ic.interest);
      p.compensation += ic.compensation;
      p.late_fee += ic.late_fee;
    }
  if (add_charges && p.charges() > 0) {
    p.charges_added = true;
    p.charges_invoice = "CHG-" + p.id;
    for (int n = 2; book.find_invoice(p.charges_invoice); ++n)
      p.charges_invoice = "CHG-" + p.id + "-" + std::to_string(n);
    p.balance += p.charges();
  }
  spec.balance = p.balance;
  PlanRefusalKind why = PlanRefusalKind::none;
  p.schedule = make_schedule(spec, why);
  if (p.schedule.empty()) throw PlanRefusal(why);
  return p;
}

Invoice charges_invoice(const Book& book, const PlanProposal& p, std::string description) {
  Invoice inv;
  inv.id = p.charges_invoice;
  inv.customer = book.customers[p.customer].id;
  inv.issued = p.agreed;
  inv.due_given = p.agreed;
  inv.due = p.agreed;
  inv.amount = Money{p.charges(), p.currency};
  inv.currency = p.currency;
  inv.description = std::move(description);
  return inv;
}

Plan plan_record(const Book& book, const PlanProposal& proposal) {
  Plan plan;
  plan.id = proposal.id;
  plan.customer = book.customers[proposal.customer].id;
  for (std::size_t i : proposal.invoices) plan.invoices.push_back(book.invoices[i].id);
  if (proposal.charges_added) plan.invoices.push_back(proposal.charges_invoice);
  plan.agreed = proposal.agreed;
  for (const ScheduledPayment& s : proposal.schedule)
    plan.installments.push_back({s.due, {}, Money{s.amount, proposal.currency}, {}});
  return plan;
}

PlanProposal recorded_plan(const AccountState& state, std::size_t index) {
  const Book& book = state.book;
  const Plan& plan = book.plans[index];
  PlanProposal p;
  p.customer = book.customer_index.at(plan.customer);
  p.id = plan.id;
  p.agreed = plan.agreed;
  for (const auto& id : plan.invoices)
    if (auto it = book.invoice_index.find(id); it != book.invoice_index.end()) {
      if (id.starts_with("CHG-" + plan.id)) {
        p.charges_added = true;
        p.charges_invoice = id;
      }
      p.invoices.push_back(it->second);
      p.balance += state.balance(it->second);
    }
  std::stable_sort(p.invoices.begin(), p.invoices.end(), [&](std::size_t a, std::size_t b) {
    return book.invoices[a].due < book.invoices[b].due;
  });
  if (!plan.installments.empty()) p.currency = plan.installments.front().amount.currency;
  for (const Installment& item : plan.installments)
    p.schedule.push_back({item.due, item.amount.minor, item.due == plan.agreed});
  return p;
}

Letter confirmation_letter(const AccountState& state, const PlanProposal& proposal) {
  LadderStep step;
  step.name = "plan";
  step.action = LadderAction::email;
  step.to = "ap";
  step.template_name = "plan";
  step.late_fee = proposal.charges_added;
  Letter letter = draft_letter(state, proposal.customer, step, proposal.invoices, true);
  letter.plan_charges_added = proposal.charges_added;
  letter.plan_id = proposal.id;
  for (const ScheduledPayment& s : proposal.schedule) letter.schedule.emplace_back(s.due, s.amount);
  return letter;
}

}  // namespace arcollect
