#include "collect/letter.hpp"

#include <algorithm>
#include <map>

#include "collect/chase.hpp"
#include "collect/contacts.hpp"
#include "collect/law.hpp"
#include "ledger/terms.hpp"

namespace arcollect {

bool writes_letter(const LadderStep& step) {
  return !step.template_name.empty() &&
         (step.action == LadderAction::email || step.action == LadderAction::letter ||
          step.action == LadderAction::notice);
}

bool claims_charges(const Letter& letter) {
  return letter.demands_charges;
}

const Reason* unknown_rate(const Letter& letter) {
  for (const Reason& note : letter.notes)
    if (note.kind == ReasonKind::rate_past_known) return &note;
  return nullptr;
}

std::optional<StepMisfit> step_misfit(const Book& book, const Letter& letter,
                                      const LadderStep& step) {
  if (letter.invoices.empty() || step.action == LadderAction::notice) return std::nullopt;
  const Customer& customer = book.customers[letter.customer];
  const LetterInvoice* oldest = &letter.invoices.front();  // oldest due first
  for (const LetterInvoice& line : letter.invoices)
    if (line.days > oldest->days) oldest = &line;
  const bool before_due = step.day <= 0;
  if (before_due == (oldest->days <= 0)) return std::nullopt;
  StepMisfit misfit{oldest->invoice, oldest->days, nullptr};
  for (const LadderStep& s : book.ladder_for(customer))
    if (writes_letter(s) && (s.day <= 0) == (oldest->days <= 0)) {
      misfit.instead = &s;
      // Past due: the first step after it; before it: the last step before it.
      if (oldest->days > 0) break;
    }
  return misfit;
}

LadderStep notice_step(const Book& book, std::size_t c) {
  for (const LadderStep& step : book.ladder_for(book.customers[c]))
    if (step.action == LadderAction::notice) return step;
  LadderStep step;
  step.name = "notice";
  step.action = LadderAction::notice;
  step.to = "finance";
  step.template_name = "notice";
  step.late_fee = true;
  return step;
}

namespace {

// The fee is charged from the first step that says so: by this step or one before it, or,
// for a step not on the ladder, by any step.
bool charges_fee(const std::vector<LadderStep>& ladder, const LadderStep& step) {
  for (const LadderStep& s : ladder) {
    if (s.late_fee) return true;
    if (s.name == step.name) return step.late_fee;
  }
  return step.late_fee;
}

void address(const Customer& customer, const LadderStep& step, Letter& letter) {
  const std::string role = step.to.empty() ? "ap" : step.to;
  letter.to_email = email_for(customer, role);
  if (const ContactPerson* person = contact_for(customer, role)) {
    letter.to_name = person->name;
    letter.greeting_name = person->salutation.empty() ? person->name : person->salutation;
  } else if (customer.kind == CustomerKind::individual) {
    letter.greeting_name = customer.name;
  }
  if (step.cc.empty()) return;
  if (const ContactPerson* person = contact_for(customer, step.cc, true);
      person && !person->email.empty() && person->email != letter.to_email) {
    letter.cc_name = person->name;
    letter.cc_email = person->email;
  }
}

}  // namespace

Letter draft_letter(const AccountState& state, std::size_t c, const LadderStep& step) {
  return draft_letter(state, c, step, state.chaseable(c));
}

Letter draft_letter(const AccountState& state, std::size_t c, const LadderStep& step,
                    const std::vector<std::size_t>& invoices, bool waived_too) {
  const Book& book = state.book;
  const Customer& customer = book.customers[c];
  const Settings& settings = book.settings;
  Letter letter;
  letter.customer = c;
  letter.step = step.name;
  letter.template_name = step.template_name;
  letter.action = step.action;
  letter.today = state.today;
  if (step.action == LadderAction::notice)
    letter.kind = customer.kind == CustomerKind::individual &&
                          customer_jurisdiction(settings, customer) == Jurisdiction::uk
                      ? LetterKind::letter_of_claim
                      : LetterKind::notice;
  letter.reply_days =
      letter.kind == LetterKind::letter_of_claim ? 30 : settings.defaults.notice_days;
  letter.deadline = add_days(letter.today, letter.reply_days);
  letter.charges_fee = charges_fee(book.ladder_for(customer), step);
  const auto& ladder = book.ladder_for(customer);
  const bool on_ladder = std::any_of(ladder.begin(), ladder.end(),
                                     [&](const LadderStep& s) { return s.name == step.name; });
  letter.demands_charges = letter.kind != LetterKind::reminder || (on_ladder && letter.charges_fee);
  address(customer, step, letter);

  std::map<std::size_t, InvoiceCharges> charges;
  for (InvoiceCharges& ic : invoice_charges(state, c)) {
    if (ic.waived_by && !waived_too) continue;
    letter.basis = ic.basis;
    letter.law = ic.law;
    letter.consumer = ic.consumer;
    charges.emplace(ic.invoice, std::move(ic));
  }

  std::map<std::string, LetterTotal> totals;
  for (std::size_t i : invoices) {
    const Invoice& inv = book.invoices[i];
    LetterInvoice line;
    line.invoice = i;
    line.balance = state.balance(i);
    line.days = days_between(inv.due, letter.today);
    if (letter.kind != LetterKind::reminder && line.days <= 0) continue;
    if (auto it = charges.find(i); it != charges.end()) {
      const InvoiceCharges& ic = it->second;
      // Only the notes of the invoices the letter lists: another's rate is not its concern.
      for (const Reason& note : ic.notes)
        if (std::find(letter.notes.begin(), letter.notes.end(), note) == letter.notes.end())
          letter.notes.push_back(note);
      if (ic.broken_plan) {
        const std::string& id = book.plans[*ic.broken_plan].id;
        if (std::find(letter.broken_plans.begin(), letter.broken_plans.end(), id) ==
            letter.broken_plans.end())
          letter.broken_plans.push_back(id);
      }
      line.interest = ic.interest;
      line.daily = ic.daily;
      line.compensation = ic.compensation;
      line.late_fee = letter.charges_fee ? ic.late_fee : 0;
      if (!ic.periods.empty()) {
        const InterestPeriod& now = ic.periods.back();
        line.rate = now.rate;
        if (formula_explains(now)) {
          line.reference_date = now.reference_date;
          line.reference_rate = now.reference_rate;
        }
      }
    }
    // The discount stands while nothing has been paid and its day has not passed.
    if (auto offer = early_discount_offer(settings, inv.issued, inv.amount.minor);
        offer && letter.today <= offer->until && line.balance == inv.amount.minor) {
      line.discount_until = offer->until;
      line.discount = offer->minor;
    }
    LetterTotal& total = totals[inv.amount.currency];
    total.currency = inv.amount.currency;
    total.owed += line.balance;
    if (line.days > 0) total.overdue += line.balance;
    total.interest = checked_add(total.interest, line.interest);
    total.daily += line.daily;
    total.compensation += line.compensation;
    total.late_fee += line.late_fee;
    letter.invoices.push_back(line);
  }
  std::stable_sort(letter.invoices.begin(), letter.invoices.end(),
                   [&](const LetterInvoice& a, const LetterInvoice& b) {
                     return book.invoices[a.invoice].due < book.invoices[b.invoice].due;
                   });
  for (auto& [currency, total] : totals) letter.totals.push_back(std::move(total));

  std::vector<const ContactEntry*> sent;
  for (std::size_t k : book.by_customer[c].contacts) {
    const ContactEntry& e = book.contacts[k];
    if (!e.message_id.empty() && e.date <= letter.today) sent.push_back(&e);
  }
  std::stable_sort(sent.begin(), sent.end(),
                   [](const ContactEntry* a, const ContactEntry* b) { return a->date < b->date; });
  for (const ContactEntry* e : sent) letter.thread.push_back(e->message_id);
  return letter;
}

LadderStep offered_step(const LadderStep& step, LadderAction channel) {
  LadderStep offered = step;
  if (channel == step.action) return offered;
  offered.action = channel;
  if (step.action == LadderAction::call && channel != LadderAction::call)
    offered.template_name = "call-by-email";
  return offered;
}

Letter installment_letter(const AccountState& state, std::size_t c) {
  const Book& book = state.book;
  LadderStep step;
  step.name = std::string(kInstallmentStep);
  step.action = LadderAction::email;
  step.to = "ap";
  step.template_name = "installment";
  for (std::size_t p : book.by_customer[c].plans) {
    const PlanStatus& status = state.plans[p];
    const Plan& plan = book.plans[p];
    if (!state.plan_live(p) || !status.next) continue;
    std::vector<std::size_t> invoices;
    for (const auto& id : plan.invoices)
      if (auto it = book.invoice_index.find(id); it != book.invoice_index.end())
        if (state.balance(it->second) > 0) invoices.push_back(it->second);
    Letter letter = draft_letter(state, c, step, invoices);
    letter.plan_id = plan.id;
    // What is left of the next installment: the money counted may have met part of it.
    letter.schedule.emplace_back(plan.installments[*status.next].due, status.next_left);
    return letter;
  }
  return draft_letter(state, c, step, {});
}

std::vector<Letter> due_letters(const AccountState& state) {
  const Book& book = state.book;
  std::vector<std::size_t> order(book.customers.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return book.customers[a].id < book.customers[b].id;
  });
  std::vector<Letter> letters;
  for (std::size_t c : order) {
    Agenda agenda;
    assess_customer(state, c, 0, agenda);
    for (const AgendaAction& action : agenda.actions) {
      if (action.kind == ActionKind::plan_reminder && action.channel == LadderAction::email) {
        letters.push_back(installment_letter(state, c));
        continue;
      }
      if (action.kind != ActionKind::step && action.kind != ActionKind::repeat) continue;
      for (const LadderStep& step : book.ladder_for(book.customers[c]))
        if (step.name == action.step) {
          LadderStep offered = offered_step(step, action.channel);
          if (writes_letter(offered)) letters.push_back(draft_letter(state, c, offered));
          break;
        }
    }
  }
  return letters;
}

}  // namespace arcollect
