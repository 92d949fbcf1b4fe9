#include "collect/reason.hpp"

namespace arcollect {

std::string_view reason_kind_name(ReasonKind kind) {
  switch (kind) {
    case ReasonKind::overdue:
      return "overdue";
    case ReasonKind::first_invoice_call:
      return "first-invoice-call";
    case ReasonKind::large_invoice_call:
      return "large-invoice-call";
    case ReasonKind::repeat:
      return "repeat";
    case ReasonKind::promise_broken:
      return "promise-broken";
    case ReasonKind::plan_broken:
      return "plan-broken";
    case ReasonKind::missed_pay_run:
      return "missed-pay-run";
    case ReasonKind::installment_reminder:
      return "installment-reminder";
    case ReasonKind::over_credit_limit:
      return "over-credit-limit";
    case ReasonKind::hold_step:
      return "hold-step";
    case ReasonKind::disputed:
      return "disputed";
    case ReasonKind::referred_to_agency:
      return "referred-to-agency";
    case ReasonKind::at_agency_age:
      return "at-agency-age";
    case ReasonKind::owes_over_limit:
      return "owes-over-limit";
    case ReasonKind::promises_broken:
      return "promises-broken";
    case ReasonKind::invoice_past_due:
      return "invoice-past-due";
    case ReasonKind::few_invoices_due:
      return "few-invoices-due";
    case ReasonKind::days_late_average:
      return "days-late-average";
    case ReasonKind::paid_on_time_share:
      return "paid-on-time-share";
    case ReasonKind::a_promise_broken:
      return "a-promise-broken";
    case ReasonKind::pays_on_time:
      return "pays-on-time";
    case ReasonKind::no_statutory_for_individual:
      return "no-statutory-for-individual";
    case ReasonKind::rate_past_known:
      return "rate-past-known";
    case ReasonKind::compensation_in_sterling_only:
      return "compensation-in-sterling-only";
    case ReasonKind::compensation_in_euro_only:
      return "compensation-in-euro-only";
    case ReasonKind::pause_ends:
      return "pause-ends";
    case ReasonKind::promise_falls_due:
      return "promise-falls-due";
    case ReasonKind::pay_run_passes:
      return "pay-run-passes";
    case ReasonKind::step_falls_due:
      return "step-falls-due";
    case ReasonKind::step_again:
      return "step-again";
    case ReasonKind::installment_falls_due:
      return "installment-falls-due";
    case ReasonKind::installment_notice:
      return "installment-notice";
    case ReasonKind::plan_breaks:
      return "plan-breaks";
  }
  return "";
}

}  // namespace arcollect
