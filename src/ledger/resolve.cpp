#include "ledger/resolve.hpp"

#include <fmt/format.h>

#include <map>
#include <unordered_map>

#include "ledger/allocation.hpp"
#include "ledger/duplicate_payments.hpp"
#include "ledger/error.hpp"
#include "ledger/invoice_numbers.hpp"
#include "ledger/limits.hpp"
#include "ledger/step_doubles.hpp"
#include "ledger/suggest.hpp"
#include "ledger/terms.hpp"

namespace arcollect {

namespace {

class Resolver {
 public:
  Resolver(Book& book, std::vector<Diagnostic>& out) : book_(book), out_(out) {}

  void run() {
    index_customers();
    index_invoices();
    check_payments();
    check_contacts();
    note_steps_recorded_twice();
    check_plans();
    note_overpayments();
    note_duplicate_payments(book_, !amounts_unreliable_, out_);
  }

 private:
  std::string where(SourcePos pos) const {
    return fmt::format("{}:{}:{}", book_.files[pos.file], pos.line, pos.column);
  }

  void report(Severity severity, DiagCode code, SourcePos pos, std::string message) {
    out_.push_back(diagnostic_at(severity, code, book_.files[pos.file], pos, std::move(message)));
  }
  void error(DiagCode code, SourcePos pos, std::string message) {
    report(Severity::error, code, pos, std::move(message));
  }

  void duplicate(std::string_view kind, const std::string& id, SourcePos at, SourcePos first,
                 std::string_view what) {
    error(DiagCode::duplicate_id, at,
          fmt::format("{} id '{}' is used twice: also at {}; if both are one {}{}, delete one "
                      "of the two, else give each its own {}",
                      kind, id, where(first), kind,
                      at.file == first.file ? "" : " (two clones may each have added it)", what));
  }

  Money money(const Decimal& value, const std::string& currency, SourcePos pos,
              std::string_view what) {
    int digits = minor_digits(currency);
    auto minor = to_minor(value, digits);
    if (!minor) {
      amounts_unreliable_ = true;
      error(DiagCode::amount_precision, pos,
            digits == 0 ? fmt::format("{} has decimals, but {} has no minor unit; round it to a "
                                      "whole number",
                                      what, currency)
                        : fmt::format("{} has more than the {} decimals {} allows; round it to "
                                      "{} places",
                                      what, digits, currency, digits));
      return Money{0, currency};
    }
    const std::int64_t magnitude = *minor < 0 ? -*minor : *minor;
    if (magnitude > kMaxAmountMinor) {
      amounts_unreliable_ = true;
      error(DiagCode::limit_exceeded, pos,
            fmt::format("{} is past the limit of {} {} for one amount; split it, or check that "
                        "it is right",
                        what, format_minor(kMaxAmountMinor, digits, true), currency));
      return Money{0, currency};
    }
    std::int64_t& total = currency_totals_[currency];
    if (total <= kMaxCurrencyTotal && (total += magnitude) > kMaxCurrencyTotal) {
      amounts_unreliable_ = true;
      error(DiagCode::limit_exceeded, pos,
            fmt::format("with this {} the ledger's amounts in {} add up past {} {}, the most "
                        "arcollect adds up exactly",
                        what, currency, format_minor(kMaxCurrencyTotal, digits, true), currency));
    }
    return Money{*minor, currency};
  }

  std::optional<std::size_t> customer(const std::string& id, SourcePos pos) {
    if (auto it = book_.customer_index.find(id); it != book_.customer_index.end())
      return it->second;
    std::string hint = suggestion(id, [&](std::vector<std::string_view>& ids) {
      for (const auto& c : book_.customers) ids.push_back(c.id);
    });
    error(DiagCode::unknown_customer, pos,
          fmt::format("no customer has the id '{}'{}; add a [[customer]] with id = \"{}\" or "
                      "correct the reference",
                      id, hint, id));
    return std::nullopt;
  }

  // The invoice `id` referred to for customer `c`, reporting unknown ids and other customers'.
  const Invoice* invoice(const std::string& id, std::size_t c, SourcePos pos) {
    auto it = book_.invoice_index.find(id);
    if (it == book_.invoice_index.end()) {
      std::string hint = suggestion(id, [&](std::vector<std::string_view>& ids) {
        for (std::size_t i : book_.by_customer[c].invoices) ids.push_back(book_.invoices[i].id);
      });
      error(DiagCode::unknown_invoice, pos,
            fmt::format("no invoice has the id '{}'{}; correct the reference or add the invoice",
                        id, hint));
      return nullptr;
    }
    const Invoice& inv = book_.invoices[it->second];
    if (inv.customer != book_.customers[c].id) {
      error(DiagCode::customer_mismatch, pos,
            fmt::format("invoice '{}' belongs to customer '{}', not '{}'", id, inv.customer,
                        book_.customers[c].id));
      return nullptr;
    }
    return &inv;
  }

  // The first record of each id is kept, in place: the records before `kept` are the ones kept
  // so far, and a later one moves down only when an earlier one was dropped.
  void index_customers() {
    auto& customers = book_.customers;
    book_.customer_index.reserve(customers.size());
    std::size_t kept = 0;
    for (std::size_t r = 0; r < customers.size(); ++r) {
      Customer& c = customers[r];
      auto [it, inserted] = book_.customer_index.emplace(c.id, kept);
      if (!inserted) {
        duplicate("customer", c.id, c.id_pos, customers[it->second].id_pos, "id");
        continue;
      }
      if (!c.ladder.empty() && !book_.settings.ladder_sets.contains(c.ladder)) {
        std::vector<std::string_view> names;
        for (const auto& [name, steps] : book_.settings.ladder_sets) names.push_back(name);
        error(DiagCode::invalid_value, c.ladder_pos,
              fmt::format("'ladder' names no ladder set '{}'{}; define it in arcollect.toml as "
                          "[[ladder_sets.{}]] steps",
                          c.ladder, did_you_mean(c.ladder, names), c.ladder));
      }
      if (c.credit_limit_text)
        c.credit_limit = money(*c.credit_limit_text, book_.settings.business.currency,
                               c.credit_limit_pos, "'credit_limit'");
      if (kept != r) customers[kept] = std::move(c);
      ++kept;
    }
    customers.erase(customers.begin() + static_cast<std::ptrdiff_t>(kept), customers.end());
    book_.by_customer.assign(customers.size(), {});
  }

  void index_invoices() {
    std::vector<std::pair<Invoice, SourcePos>> doubled;  // a later invoice, and the first's id
    auto& invoices = book_.invoices;
    book_.invoice_index.reserve(invoices.size());
    std::size_t kept = 0;  // kept in place, as customers are
    for (std::size_t r = 0; r < invoices.size(); ++r) {
      Invoice& inv = invoices[r];
      auto [it, inserted] = book_.invoice_index.emplace(inv.id, kept);
      if (!inserted) {
        doubled.push_back({std::move(inv), invoices[it->second].id_pos});
        continue;
      }
      inv.amount = money(inv.amount_text,
                         inv.currency.empty() ? book_.settings.business.currency : inv.currency,
                         inv.amount_pos, "'amount'");
      auto c = customer(inv.customer, inv.customer_pos);
      if (inv.incomplete) amounts_unreliable_ = true;
      const Terms terms = payment_terms(book_.settings, c ? &book_.customers[*c] : nullptr);
      inv.due = inv.due_given.value_or(due_under(terms, inv.issued));
      if (!inv.incomplete && inv.due < inv.issued)
        error(DiagCode::due_before_issued, inv.due_pos,
              fmt::format("invoice '{}' is due {} but was issued {}; the due date cannot come "
                          "before the issue date",
                          inv.id, format_date(inv.due), format_date(inv.issued)));
      if (c) book_.by_customer[*c].invoices.push_back(kept);
      if (kept != r) invoices[kept] = std::move(inv);
      ++kept;
    }
    invoices.erase(invoices.begin() + static_cast<std::ptrdiff_t>(kept), invoices.end());
    if (!doubled.empty()) report_doubled_invoices(doubled);
  }

  // An invoice number twice: two clones that each ran `invoice` took the same next number. The
  // later one is named, with a number free for it (each a different one).
  void report_doubled_invoices(std::vector<std::pair<Invoice, SourcePos>>& doubled) {
    Book numbers;
    numbers.settings = book_.settings;
    numbers.invoices = book_.invoices;
    const std::string format = invoice_id_format(numbers);
    for (auto& [inv, first] : doubled) {
      // A number is offered only for an id in the ledger's own pattern: one chosen by hand (a
      // plan's charges, say) is for a person to renumber.
      std::string next;
      try {
        if (id_follows_format(inv.id, format)) next = next_invoice_id(numbers, format, inv.issued);
      } catch (const Error&) {
        // no number is left in the pattern: the message names none
      }
      error(DiagCode::duplicate_id, inv.id_pos,
            next.empty()
                ? fmt::format("invoice id '{}' is used twice: also at {}; if both are one "
                              "invoice, delete one of the two, else give each its own number",
                              inv.id, where(first))
                : fmt::format("invoice id '{}' is used twice: also at {} (two clones may each "
                              "have taken the next number); if both are one invoice, delete one "
                              "of the two, else give this one {}, the next free number, and "
                              "tell the customer if it went out as {}",
                              inv.id, where(first), next, inv.id));
      inv.id = next;
      if (!next.empty()) numbers.invoices.push_back(std::move(inv));
    }
  }

  void check_payments() {
    for (std::size_t p = 0; p < book_.payments.size(); ++p) {
      Payment& pay = book_.payments[p];
      std::string_view what = pay.kind == PaymentKind::credit ? "credit" : "payment";
      auto c = customer(pay.customer, pay.customer_pos);
      const Invoice* inv = nullptr;
      if (c && !pay.invoice.empty()) inv = invoice(pay.invoice, *c, pay.invoice_pos);
      std::string currency = pay.currency;
      if (inv && !currency.empty() && currency != inv->amount.currency)
        error(DiagCode::currency_mismatch, pay.currency_pos,
              fmt::format("this {} is in {} but invoice '{}' is in {}; amounts in different "
                          "currencies are never added together",
                          what, currency, inv->id, inv->amount.currency));
      if (currency.empty())
        currency = inv ? inv->amount.currency : book_.settings.business.currency;
      pay.amount = money(pay.amount_text, currency, pay.amount_pos, "'amount'");
      if (c) book_.by_customer[*c].payments.push_back(p);
    }
  }

  void check_contacts() {
    for (std::size_t k = 0; k < book_.contacts.size(); ++k) {
      ContactEntry& e = book_.contacts[k];
      auto c = customer(e.customer, e.customer_pos);
      if (!c) continue;
      std::string currency = book_.settings.business.currency;
      for (std::size_t i = 0; i < e.invoices.size(); ++i)
        if (const Invoice* inv = invoice(e.invoices[i], *c, e.invoice_pos[i]); inv && i == 0)
          currency = inv->amount.currency;
      if (e.promise_amount_text)
        e.promise_amount =
            money(*e.promise_amount_text, currency, e.promise_amount_pos, "'promise_amount'");
      book_.by_customer[*c].contacts.push_back(k);
    }
  }

  void note_steps_recorded_twice() {
    for (const StepDouble& d : steps_recorded_twice(book_)) {
      const ContactEntry& e = book_.contacts[d.later];
      report(
          Severity::warning, DiagCode::step_recorded_twice, e.pos,
          fmt::format("step '{}' for {} on {} is also recorded at {}: it may have gone out "
                      "twice (two clones may each have done it); look in the sent mail or "
                      "ask, then delete the file of the one that did not happen",
                      e.step, e.customer, format_date(e.date), where(book_.contacts[d.first].pos)));
    }
  }

  void check_plans() {
    std::unordered_map<std::string, SourcePos> seen;
    std::vector<Plan> kept;
    for (auto& plan : book_.plans) {
      if (auto [it, inserted] = seen.emplace(plan.id, plan.id_pos); !inserted) {
        duplicate("plan", plan.id, plan.id_pos, it->second, "id");
        continue;
      }
      auto c = customer(plan.customer, plan.customer_pos);
      std::string currency;
      for (std::size_t i = 0; c && i < plan.invoices.size(); ++i) {
        const Invoice* inv = invoice(plan.invoices[i], *c, plan.invoice_pos[i]);
        if (!inv) continue;
        if (currency.empty()) {
          currency = inv->amount.currency;
        } else if (inv->amount.currency != currency) {
          error(DiagCode::currency_mismatch, plan.invoice_pos[i],
                fmt::format("invoice '{}' is in {} but the plan's other invoices are in {}; make "
                            "one plan per currency",
                            inv->id, inv->amount.currency, currency));
        }
      }
      if (currency.empty()) currency = book_.settings.business.currency;
      // The first installment may fall due the day the plan is agreed: a payment now.
      Date previous = add_days(plan.agreed, -1);
      for (std::size_t i = 0; i < plan.installments.size(); ++i) {
        Installment& item = plan.installments[i];
        item.amount = money(item.amount_text, currency, item.pos, "the installment's 'amount'");
        if (item.due <= previous)
          error(DiagCode::plan_schedule, item.pos,
                i == 0 ? fmt::format("the first installment is due {}, before the plan was "
                                     "agreed on {}",
                                     format_date(item.due), format_date(plan.agreed))
                       : fmt::format("installment {} is due {}, not after the one before it ({}); "
                                     "list installments in date order, one per date",
                                     i + 1, format_date(item.due), format_date(previous)));
        previous = item.due;
      }
      if (c) book_.by_customer[*c].plans.push_back(kept.size());
      kept.push_back(std::move(plan));
    }
    book_.plans = std::move(kept);
  }

  void note_overpayments() {
    if (amounts_unreliable_) return;  // balances would mislead until every amount is right
    // Overpaid means more than all the invoices come to, disputed or not.
    Allocation all = allocate(book_, make_date(9999, 12, 31), Disputed::ignore);
    for (std::size_t p = 0; p < book_.payments.size(); ++p) {
      if (all.excess[p] == 0) continue;
      const Payment& pay = book_.payments[p];
      report(Severity::warning, DiagCode::overpayment, pay.amount_pos,
             fmt::format("this {} of {} {} is more than invoice '{}' owes by {}; the excess is "
                         "applied to the customer's other invoices or kept as credit",
                         pay.kind == PaymentKind::credit ? "credit" : "payment",
                         format_money(pay.amount), pay.amount.currency, pay.invoice,
                         format_minor(all.excess[p], minor_digits(pay.amount.currency))));
    }
    for (const auto& credit : all.credits) {
      const Payment& pay = book_.payments[credit.last_payment];
      report(Severity::warning, DiagCode::overpayment, pay.amount_pos,
             fmt::format("customer '{}' has paid {} {} more than all its invoices; it is kept as "
                         "credit on the account",
                         pay.customer, format_minor(credit.minor, minor_digits(credit.currency)),
                         credit.currency));
    }
    check_plan_sums();
  }

  void check_plan_sums() {
    Allocation at = empty_allocation(book_);
    for (const Plan& plan : book_.plans) {
      auto c = book_.customer_index.find(plan.customer);
      if (c == book_.customer_index.end() || plan.installments.empty()) continue;
      // What the invoices owed when it was agreed: before that day's payments when the plan
      // itself takes a payment that day, after them otherwise.
      allocate_customer(book_, c->second,
                        down_payment_in_plan(plan) ? add_days(plan.agreed, -1) : plan.agreed, at);
      std::int64_t owed = 0, scheduled = 0;
      for (const auto& id : plan.invoices)
        if (auto i = book_.invoice_index.find(id); i != book_.invoice_index.end())
          owed +=
              book_.invoices[i->second].issued <= plan.agreed ? at.balance(book_, i->second) : 0;
      for (const auto& item : plan.installments) scheduled += item.amount.minor;
      if (owed == scheduled) continue;
      const std::string& currency = plan.installments.front().amount.currency;
      int digits = minor_digits(currency);
      error(DiagCode::plan_sum, plan.installments_pos,
            fmt::format("plan '{}' schedules {} {} but its invoices owed {} {} when it was agreed "
                        "on {}; make the installments add up to what the plan covers",
                        plan.id, format_minor(scheduled, digits), currency,
                        format_minor(owed, digits), currency, format_date(plan.agreed)));
    }
  }

  // " (did you mean ...?)" for an unknown id, for the first kMaxSuggestions of them only: each
  // compares the id with every candidate, so suggesting for all would make a ledger of many bad
  // references quadratic (issue 13, row 9).
  template <typename Candidates>
  std::string suggestion(std::string_view id, Candidates&& candidates) {
    if (suggestions_left_ == 0) return "";
    --suggestions_left_;
    std::vector<std::string_view> ids;
    candidates(ids);
    return did_you_mean(id, ids);
  }

  Book& book_;
  std::vector<Diagnostic>& out_;
  std::size_t suggestions_left_ = kMaxSuggestions;
  bool amounts_unreliable_ = false;
  std::map<std::string, std::int64_t> currency_totals_;  // magnitudes, up to the limit
};

}  // namespace

void resolve(Book& book, std::vector<Diagnostic>& diagnostics) {
  Resolver(book, diagnostics).run();
}

}  // namespace arcollect
