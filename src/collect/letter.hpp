// What a letter to one customer says: whom it goes to, which invoices it covers, the charges
// it claims, its deadline and the earlier emails it follows. Pure: the wording is in the
// templates (render/letter.cpp), the choice of letters in the ladder (collect/chase.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/interest.hpp"

namespace arcollect {

enum class LetterKind {
  reminder,         // a step of the ladder short of legal action
  notice,           // notice of intended legal action, between businesses
  letter_of_claim,  // the Pre-Action Protocol for Debt Claims' letter, to a UK individual
};

struct LetterInvoice {
  std::size_t invoice = 0;
  std::int64_t balance = 0;  // in the invoice's currency
  int days = 0;              // past due; negative when not yet due
  std::int64_t interest = 0, daily = 0, compensation = 0, late_fee = 0;
  std::int64_t rate = 0;  // the interest rate, in millionths a year; 0 when none
  // The statutory reference rate it rests on and that rate's day, unless the rate is a figure
  // the state published that the formula does not explain.
  std::optional<Date> reference_date;
  std::int64_t reference_rate = 0;
  std::optional<Date> discount_until;
  std::int64_t discount = 0;  // the early-payment discount when paid by discount_until
};

struct LetterTotal {
  std::string currency;
  std::int64_t owed = 0, overdue = 0, interest = 0, daily = 0, compensation = 0, late_fee = 0;
  std::int64_t claim() const { return overdue + interest + compensation + late_fee; }
};

struct Letter {
  std::size_t customer = 0;
  std::string step;           // the ladder step it carries out
  std::string template_name;  // the template that words it
  LadderAction action = LadderAction::email;
  LetterKind kind = LetterKind::reminder;
  Date today{}, deadline{};
  int reply_days = 0;   // today to deadline
  std::string to_name;  // the contact's name; "" when writing to the customer
  // Whom it greets by name: the contact's salutation, else their name, else an individual
  // customer's name; "" when it greets nobody by name (a firm with no contact for the role).
  std::string greeting_name;
  std::string to_email;                 // "" when the customer has no address for it
  std::string cc_name, cc_email;        // the step's cc role, when the customer has one
  std::vector<LetterInvoice> invoices;  // oldest due first
  std::vector<LetterTotal> totals;      // per currency, by code
  bool charges_fee = false;             // a step up to this one charges the late fee
  // It demands the charges: a notice or letter of claim, or a step of the ladder from the
  // first that charges the fee (not a plan's letters, which state or waive them).
  bool demands_charges = false;
  InterestBasis basis = InterestBasis::none;
  Jurisdiction law = Jurisdiction::none;  // when statutory: the law it claims under
  bool consumer = false;                  // and that law's rule for a consumer
  std::vector<std::string> thread;        // Message-IDs of earlier arcollect emails, oldest first
  std::vector<Reason> notes;              // e.g. an interest rate past what arcollect knows
  std::string plan_id;                    // a plan-confirmation letter: the plan
  std::vector<std::pair<Date, std::int64_t>> schedule;  // and its payments
  bool plan_charges_added = false;        // the charges are part of the plan, not waived
  std::vector<std::string> broken_plans;  // plans that waived the charges claimed, and broke
};

// Does the letter demand the charges (a final demand, a notice), rather than warn of them? Such
// a letter must not state interest at a rate arcollect only guessed.
bool claims_charges(const Letter& letter);

// The first rate the letter's interest rests on that is past what arcollect knows.
const Reason* unknown_rate(const Letter& letter);

// A step forced on a letter whose wording does not fit its invoices: a step before the due
// date (its day 0 or less) for an overdue invoice, or a step after it when nothing is overdue.
struct StepMisfit {
  std::size_t invoice = 0;              // the letter's invoice it does not fit
  int days = 0;                         // how far past due it is (negative: due in)
  const LadderStep* instead = nullptr;  // the ladder's first step that fits, if any
};
std::optional<StepMisfit> step_misfit(const Book& book, const Letter& letter,
                                      const LadderStep& step);

// Does carrying out the step mean sending something written?
bool writes_letter(const LadderStep& step);

// Customer `c`'s letter for `step` of its ladder (or a step not on it), covering its
// chaseable invoices (only the overdue ones for a notice). `invoices` empty: nothing to chase.
Letter draft_letter(const AccountState& state, std::size_t c, const LadderStep& step);

// The same for the given invoices of the customer (a plan's, say). Charges a live plan waives
// are left out, unless `waived_too` (the plan's own confirmation, which states them).
Letter draft_letter(const AccountState& state, std::size_t c, const LadderStep& step,
                    const std::vector<std::size_t>& invoices, bool waived_too = false);

// The letters today's agenda calls for: one per customer whose next ladder step writes on the
// channel the agenda offers, or whose plan installment falls due.
std::vector<Letter> due_letters(const AccountState& state);

// `step` as carried out on `channel`, the one the agenda offers when the contact cannot be
// reached on the step's own: a call by email takes the built-in wording 'call-by-email'.
LadderStep offered_step(const LadderStep& step, LadderAction channel);

// The courtesy reminder of the next installment of customer `c`'s live plan (step
// 'installment'); a letter with no invoices when it has none.
Letter installment_letter(const AccountState& state, std::size_t c);

// The step a notice of intended legal action carries out for customer `c`: its ladder's
// first notice step, else a built-in one.
LadderStep notice_step(const Book& book, std::size_t c);

}  // namespace arcollect
