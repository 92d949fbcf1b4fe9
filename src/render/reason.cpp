#include "render/reason.hpp"

#include <fmt/format.h>

#include "collect/interest.hpp"
#include "render/kpi.hpp"
#include "render/percent.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string money(const std::optional<Money>& m) {
  return m ? money_text(m->minor, m->currency) : "";
}

std::string long_day(const std::optional<Date>& d) {
  return d ? format_long_date(*d) : "";
}

std::string rate_add_hint(const Reason& r) {
  return "add the rate in force that day with " + rate_add_command(r);
}

std::string day(const std::optional<Date>& d) {
  return d ? format_day_month(*d) : "";
}

std::string due_text(const Reason& r) {
  return r.days > 0    ? fmt::format("{} is {} overdue", r.invoice, day_count(r.days))
         : r.days == 0 ? fmt::format("{} is due today", r.invoice)
                       : fmt::format("{} is due in {}", r.invoice, day_count(-r.days));
}

std::string installment(const Reason& r) {
  return fmt::format("the installment of {} due {}", money(r.amount), day(r.date));
}

}  // namespace

std::string rate_missing_text(const Reason& r) {
  return fmt::format(
      "the {} in force on {} is not known (arcollect knows it up to {}), so the interest "
      "claimed cannot be stated; {}, or draft with --assume-last-rate to claim {}, the last "
      "known rate",
      r.text, long_day(r.date), long_day(r.due), rate_add_hint(r), rate_text(r.rate.value_or(0)));
}

std::string rate_assumed_line(const Reason& r) {
  return fmt::format("Not known: the {} on {} (known up to {}); {} assumed. Add it: {}", r.text,
                     format_date(r.date.value_or(Date{})), format_date(r.due.value_or(Date{})),
                     rate_text(r.rate.value_or(0)), rate_add_command(r));
}

std::string rate_gap_text(const Reason& r, std::string_view invoice, std::size_t others) {
  return fmt::format(
      "interest on invoice '{}'{} needs the {} on {}, past what arcollect knows (up to {}): "
      "until it is added, interest is worked out at {} and letters that claim it are refused; "
      "{}",
      invoice, others ? fmt::format(" and {} more", others) : "", r.text, long_day(r.date),
      long_day(r.due), rate_text(r.rate.value_or(0)), rate_add_hint(r));
}

std::string rate_add_command(const Reason& r) {
  return fmt::format("arcollect rates add {} {} PERCENT --source URL", r.series,
                     format_date(r.date.value_or(Date{})));
}

std::string reason_text(const Reason& r) {
  switch (r.kind) {
    case ReasonKind::overdue:
      return due_text(r);
    case ReasonKind::first_invoice_call:
      return due_text(r) + ": the customer's first invoice, so call";
    case ReasonKind::large_invoice_call:
      return due_text(r) + ": a large invoice, so call";
    case ReasonKind::repeat:
      return fmt::format("repeat of '{}' every {}", r.step, day_count(r.days));
    case ReasonKind::promise_broken: {
      std::string who = r.who.empty() ? "" : " by " + r.who;
      if (!r.amount) return fmt::format("promise{} to pay by {} broken", who, day(r.date));
      return fmt::format("promise{} of {} by {} broken: {} paid since {}", who, money(r.amount),
                         day(r.date), money(r.paid), day(r.made));
    }
    case ReasonKind::plan_broken:
      return fmt::format("plan {} broken: {} was missed", r.plan, installment(r));
    case ReasonKind::missed_pay_run:
      return fmt::format("missed pay run: {} was due {} and not paid in the pay run of {}",
                         r.invoice, day(r.due), day(r.date));
    case ReasonKind::installment_reminder:
    case ReasonKind::installment_notice:
      return fmt::format("courtesy reminder of {} under plan {}", installment(r), r.plan);
    case ReasonKind::over_credit_limit:
      return fmt::format("over the credit limit of {} by {}: no new work until paid",
                         money(r.limit), money(r.over));
    case ReasonKind::hold_step:
      return "at the ladder's hold step";
    case ReasonKind::disputed:
      return "disputed: " + r.text;
    case ReasonKind::referred_to_agency:
      return "referred to collection on " + (r.date ? format_date(*r.date) : "");
    case ReasonKind::at_agency_age:
      return fmt::format("{} past due: at the agency step (day {})", day_count(r.days), r.count);
    case ReasonKind::owes_over_limit:
      return fmt::format("owes {} against a credit limit of {}", money(r.amount), money(r.limit));
    case ReasonKind::promises_broken:
      return fmt::format("{} promise{} broken", r.count, r.count == 1 ? "" : "s");
    case ReasonKind::invoice_past_due:
      return fmt::format("an invoice {} past due", day_count(r.days));
    case ReasonKind::few_invoices_due:
      return fmt::format("{} invoice{} due so far", r.count, r.count == 1 ? "" : "s");
    case ReasonKind::days_late_average:
      return tenths_or_dash(r.late) + " days late on average";
    case ReasonKind::paid_on_time_share:
      return tenths_or_dash(r.on_time) + "% paid on time";
    case ReasonKind::a_promise_broken:
      return "a promise broken";
    case ReasonKind::pays_on_time:
      return tenths_or_dash(r.on_time) + "% paid on time, " + tenths_or_dash(r.late) +
             " days late on average";
    case ReasonKind::no_statutory_for_individual:
      return "statutory late-payment interest and compensation apply between businesses: none "
             "is claimed from an individual unless arcollect.toml sets a contractual [interest] "
             "rate";
    case ReasonKind::rate_past_known:
      return fmt::format("the {} on {} is past what arcollect knows (up to {}): {} was used; {}",
                         r.text, long_day(r.date), long_day(r.due), rate_text(r.rate.value_or(0)),
                         rate_add_hint(r));
    case ReasonKind::compensation_in_sterling_only:
      return "the Act's fixed compensation is in sterling: none added to an " + r.text + " invoice";
    case ReasonKind::compensation_in_euro_only:
      return "the law's fixed compensation is in euros: none added to an " + r.text + " invoice";
    case ReasonKind::pause_ends:
      return "chasing resumes after the pause" + (r.text.empty() ? "" : " (" + r.text + ")");
    case ReasonKind::promise_falls_due:
      return fmt::format("the promise of {} falls due", day(r.date));
    case ReasonKind::pay_run_passes:
      return fmt::format("chasing resumes if the pay run of {} passes without payment",
                         day(r.date));
    case ReasonKind::step_falls_due:
      return fmt::format("'{}' falls due", r.step);
    case ReasonKind::step_again:
      return fmt::format("'{}' again", r.step);
    case ReasonKind::installment_falls_due:
      return fmt::format("installment {} of {}, {}, due under plan {}", r.count, r.of,
                         money(r.amount), r.plan);
    case ReasonKind::plan_breaks:
      return fmt::format("plan {} breaks unless {} arrives", r.plan, installment(r));
  }
  return "";
}

Json reason_json(const Reason& r) {
  JsonObject out{{"kind", std::string(reason_kind_name(r.kind))}};
  auto text = [&](const char* key, const std::string& value) {
    if (!value.empty()) out.emplace_back(key, value);
  };
  auto amount = [&](const char* key, const std::optional<Money>& m) {
    if (m) out.emplace_back(key, money_json(*m));
  };
  auto date = [&](const char* key, const std::optional<Date>& d) {
    if (d) out.emplace_back(key, format_date(*d));
  };
  text("invoice", r.invoice);
  text("step", r.step);
  text("plan", r.plan);
  text("who", r.who);
  text("text", r.text);
  text("series", r.series);
  amount("amount", r.amount);
  amount("paid", r.paid);
  amount("limit", r.limit);
  amount("over", r.over);
  date("date", r.date);
  date("due", r.due);
  date("made", r.made);
  if (r.kind == ReasonKind::overdue || r.kind == ReasonKind::first_invoice_call ||
      r.kind == ReasonKind::large_invoice_call || r.kind == ReasonKind::repeat)
    out.emplace_back("days", r.days);
  if (r.rate) out.emplace_back("rate", format_minor(*r.rate, 4));
  if (r.late) out.emplace_back("days_late", tenths_text(r.late));
  if (r.on_time) out.emplace_back("on_time_percent", tenths_text(r.on_time));
  if (r.kind == ReasonKind::promises_broken || r.kind == ReasonKind::few_invoices_due)
    out.emplace_back("count", r.count);
  if (r.kind == ReasonKind::invoice_past_due) out.emplace_back("days", r.days);
  if (r.kind == ReasonKind::at_agency_age) {
    out.emplace_back("days", r.days);
    out.emplace_back("agency_day", r.count);
  }
  if (r.kind == ReasonKind::installment_falls_due) {
    out.emplace_back("number", r.count);
    out.emplace_back("of", r.of);
  }
  return out;
}

}  // namespace arcollect
