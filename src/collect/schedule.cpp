#include "collect/schedule.hpp"

#include <charconv>

#include "ledger/money.hpp"

namespace arcollect {

std::optional<Step> parse_step(std::string_view text) {
  if (text == "week") return Step{Step::Unit::days, 7};
  if (text == "2weeks" || text == "fortnight") return Step{Step::Unit::days, 14};
  if (text == "month") return Step{Step::Unit::months, 1};
  if (text.size() >= 2 && text.back() == 'd') {
    int days = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size() - 1, days);
    if (ec == std::errc() && end == text.data() + text.size() - 1 && days >= 1 && days <= 365)
      return Step{Step::Unit::days, days};
  }
  return std::nullopt;
}

Date step_date(Date from, const Step& step, int n) {
  if (step.unit == Step::Unit::days) return add_days(from, step.count * n);
  return add_months(from, step.count * n);
}

std::vector<ScheduledPayment> make_schedule(const ScheduleSpec& spec, PlanRefusalKind& why) {
  std::vector<ScheduledPayment> out;
  if (spec.balance <= 0) {
    why = PlanRefusalKind::nothing_owed;
    return out;
  }
  std::int64_t down = spec.down;
  if (spec.down_share > 0) {
    down = multiply_divide(spec.balance, spec.down_share, 1'000'000);
    if (spec.round > 0 && down > spec.round) down = down / spec.round * spec.round;
  }
  if (down < 0 || down >= spec.balance) {
    why = PlanRefusalKind::down_payment_too_large;
    return out;
  }
  std::int64_t rest = spec.balance - down;
  int count = spec.installments;
  std::int64_t each = spec.amount;
  if (each > 0) {
    count = static_cast<int>((rest + each - 1) / each);
  } else if (count > 0) {
    each = rest / count;
    if (spec.round > 0) each = each / spec.round * spec.round;
    if (each <= 0) {
      why = spec.round > 0 ? PlanRefusalKind::rounding_too_large
                           : PlanRefusalKind::more_installments_than_units;
      return out;
    }
  } else {
    why = PlanRefusalKind::no_count_or_amount;
    return out;
  }
  if (count > kMaxInstallments) {
    why = PlanRefusalKind::too_many_installments;
    return out;
  }
  if (down > 0) out.push_back({spec.today, down, true});
  Date previous = down > 0 ? spec.today : add_days(spec.start, -1);
  for (int i = 0; i < count; ++i) {
    Date due = step_date(spec.start, spec.every, i);
    if (spec.pay_run) due = next_pay_run(*spec.pay_run, due);
    if (due <= previous)  // two steps met on one pay run, or the start is today
      due =
          spec.pay_run ? next_pay_run(*spec.pay_run, add_days(previous, 1)) : add_days(previous, 1);
    std::int64_t amount = i + 1 < count ? each : rest - each * (count - 1);
    out.push_back({due, amount, false});
    previous = due;
  }
  return out;
}

}  // namespace arcollect
