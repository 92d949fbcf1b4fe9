// Why no plan can be proposed: a kind and the ids it concerns. render/plan words it.
#pragma once

#include <exception>
#include <string>
#include <vector>

namespace arcollect {

enum class PlanRefusalKind {
  none,
  invoice_paid,                  // a named invoice owes nothing (subject: the invoice)
  nothing_overdue,               // nothing a plan could cover (subject: the customer)
  mixed_currencies,              // the invoices are in `currencies` (subject: the customer)
  nothing_owed,                  // the balance to plan is zero
  down_payment_too_large,        // the payment now is not less than the balance
  rounding_too_large,            // the rounding unit is larger than an installment
  more_installments_than_units,  // more installments than minor units owed
  no_count_or_amount,            // neither the number of installments nor the amount of each
  too_many_installments,         // more than kMaxInstallments
};

constexpr int kMaxInstallments = 520;

// Thrown by plan_invoices and propose_plan; cli/ turns it into an error message.
struct PlanRefusal : std::exception {
  PlanRefusalKind kind = PlanRefusalKind::none;
  std::string subject;
  std::vector<std::string> currencies;

  PlanRefusal(PlanRefusalKind k, std::string s = {}, std::vector<std::string> c = {})
      : kind(k), subject(std::move(s)), currencies(std::move(c)) {}
  const char* what() const noexcept override { return "no plan can be proposed"; }
};

}  // namespace arcollect
