#include "render/plan.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/json.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::int64_t scheduled(const Plan& plan) {
  std::int64_t sum = 0;
  for (const auto& item : plan.installments) sum += item.amount.minor;
  return sum;
}

}  // namespace

std::string_view plan_state_name(PlanState state) {
  switch (state) {
    case PlanState::on_track:
      return "on track";
    case PlanState::due:
      return "installment due";
    case PlanState::late:
      return "installment late";
    case PlanState::broken:
      return "broken";
    case PlanState::completed:
      return "completed";
  }
  return "";
}

std::string plan_state_key(PlanState state) {
  std::string key(plan_state_name(state));
  std::replace(key.begin(), key.end(), ' ', '-');
  return key;
}

std::string proposal_text(const Book& book, const PlanProposal& p, int grace_days) {
  const Customer& customer = book.customers[p.customer];
  std::vector<std::string> ids;
  for (std::size_t i : p.invoices) ids.push_back(book.invoices[i].id);
  std::string out =
      fmt::format("Plan {} for {}, agreed {}\n", p.id, customer.name, format_long_date(p.agreed));
  if (p.charges_added)
    out += fmt::format("Covers {} and the charges to date, {}, as invoice {}: {}\n\n",
                       fmt::join(ids, ", "), money_text(p.charges(), p.currency), p.charges_invoice,
                       money_text(p.balance, p.currency));
  else
    out +=
        fmt::format("Covers {}: {}\n\n", fmt::join(ids, ", "), money_text(p.balance, p.currency));
  Table t;
  t.header = {"", "Due", "Amount", "Left after"};
  t.align = {Align::left, Align::left, Align::right, Align::right};
  std::int64_t left = p.balance;
  int n = 0;
  for (const ScheduledPayment& s : p.schedule) {
    left -= s.amount;
    t.rows.push_back({s.down ? "now" : std::to_string(++n), format_long_date(s.due),
                      format_amount(s.amount, p.currency, true),
                      format_amount(left, p.currency, true)});
  }
  t.footer.push_back({"", "Total", format_amount(p.balance, p.currency, true), ""});
  out += render_table(t, false);
  std::vector<std::string> charges;
  if (p.interest) charges.push_back("interest of " + money_text(p.interest, p.currency));
  if (p.compensation)
    charges.push_back("compensation of " + money_text(p.compensation, p.currency));
  if (p.late_fee) charges.push_back("the late fee of " + money_text(p.late_fee, p.currency));
  if (!charges.empty())
    out += fmt::format(
        "\n{}: {}. If an installment is more than {} late, the plan is "
        "broken and chasing resumes.\n",
        p.charges_added ? "Added to the plan" : "Waived while the plan is kept",
        fmt::join(charges, ", "), day_count(grace_days));
  return out;
}

JsonObject proposal_json(const Book& book, const PlanProposal& p) {
  JsonArray invoices, installments;
  for (std::size_t i : p.invoices) invoices.push_back(book.invoices[i].id);
  for (const ScheduledPayment& s : p.schedule)
    installments.push_back(JsonObject{{"due", format_date(s.due)},
                                      {"amount", format_amount(s.amount, p.currency)},
                                      {"down", s.down}});
  return JsonObject{
      {"plan", p.id},
      {"customer", book.customers[p.customer].id},
      {"agreed", format_date(p.agreed)},
      {"currency", p.currency},
      {"invoices", std::move(invoices)},
      {"balance", format_amount(p.balance, p.currency)},
      {"installments", std::move(installments)},
      {"charges", JsonObject{{"handling", p.charges_added ? "added" : "waived"},
                             {"invoice", p.charges_added ? Json(p.charges_invoice) : Json()},
                             {"interest", format_amount(p.interest, p.currency)},
                             {"compensation", format_amount(p.compensation, p.currency)},
                             {"late_fee", format_amount(p.late_fee, p.currency)}}}};
}

std::string plan_status_text(const Book& book, const std::vector<PlanStatus>& plans, Date as_of,
                             bool color) {
  if (plans.empty()) return "";
  Table t;
  t.header = {"Plan", "Customer", "State", "Paid", "Of", "Arrears", "Next due", "Next"};
  t.align = {Align::left,  Align::left,  Align::left, Align::right,
             Align::right, Align::right, Align::left, Align::right};
  for (const PlanStatus& s : plans) {
    const Plan& plan = book.plans[s.plan];
    const std::string& currency = plan.installments.empty()
                                      ? book.settings.business.currency
                                      : plan.installments.front().amount.currency;
    std::string next_due, next_amount;
    if (s.next) {
      const Installment& next = plan.installments[*s.next];
      std::int64_t before = 0;
      for (std::size_t i = 0; i < *s.next; ++i) before += plan.installments[i].amount.minor;
      next_due = format_date(next.due);
      next_amount = format_amount(next.amount.minor - std::max<std::int64_t>(0, s.paid - before),
                                  currency, true);
    }
    Style style = s.state == PlanState::broken ? Style::red
                  : s.state == PlanState::late ? Style::yellow
                                               : Style::plain;
    t.rows.push_back({plan.id, plan.customer, Cell(std::string(plan_state_name(s.state)), style),
                      format_amount(s.paid, currency, true),
                      format_amount(scheduled(plan), currency, true) + " " + currency,
                      s.arrears ? format_amount(s.arrears, currency, true) : "", next_due,
                      next_amount});
  }
  return fmt::format("Plans at {}\n", format_date(as_of)) + render_table(t, color);
}

JsonObject plan_status_json(const Book& book, const std::vector<PlanStatus>& plans) {
  JsonArray list;
  for (const PlanStatus& s : plans) {
    const Plan& plan = book.plans[s.plan];
    const std::string currency = plan.installments.empty()
                                     ? book.settings.business.currency
                                     : plan.installments.front().amount.currency;
    JsonObject o{{"plan", plan.id},
                 {"customer", plan.customer},
                 {"state", plan_state_key(s.state)},
                 {"currency", currency},
                 {"paid", format_amount(s.paid, currency)},
                 {"scheduled", format_amount(scheduled(plan), currency)},
                 {"arrears", format_amount(s.arrears, currency)},
                 {"next_due", s.next ? Json(format_date(plan.installments[*s.next].due)) : Json()},
                 {"broken_on", s.broken_on ? Json(format_date(*s.broken_on)) : Json()}};
    list.push_back(std::move(o));
  }
  return JsonObject{{"plans", std::move(list)}};
}

std::string plan_refusal_text(const PlanRefusal& r) {
  switch (r.kind) {
    case PlanRefusalKind::invoice_paid:
      return r.subject + " is paid; a plan covers what is still owed";
    case PlanRefusalKind::nothing_overdue:
      return r.subject +
             " has nothing overdue that a plan could cover (disputed invoices and those under a "
             "live plan are left out); name invoices with --invoice";
    case PlanRefusalKind::mixed_currencies:
      return fmt::format(
          "{}'s invoices are in {}: a plan is in one currency; name the invoices with --invoice",
          r.subject, fmt::join(r.currencies, " and "));
    case PlanRefusalKind::nothing_owed:
      return "no plan: nothing is owed, so there is nothing to plan";
    case PlanRefusalKind::down_payment_too_large:
      return "no plan: the payment now must be less than the balance";
    case PlanRefusalKind::rounding_too_large:
      return "no plan: the rounding unit is larger than an installment";
    case PlanRefusalKind::more_installments_than_units:
      return "no plan: more installments than minor units owed";
    case PlanRefusalKind::no_count_or_amount:
      return "no plan: give the number of installments or the amount of each";
    case PlanRefusalKind::too_many_installments:
      return fmt::format("no plan: more than {} installments", kMaxInstallments);
    case PlanRefusalKind::none:
      break;
  }
  return "no plan";
}

std::string charges_invoice_description(const PlanProposal& p) {
  return fmt::format("Late-payment interest, compensation and fee to {}, added to payment plan {}",
                     format_date(p.agreed), p.id);
}

}  // namespace arcollect
