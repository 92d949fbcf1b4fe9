#include "ledger/settings_values.hpp"

#include <fmt/format.h>

#include <set>

#include "ledger/holidays.hpp"

namespace arcollect {

namespace {

std::string decimal(const Decimal& value) {
  return format_minor(value.units, value.scale);
}

std::string decimal(const std::optional<Decimal>& value) {
  return value ? decimal(*value) : std::string();
}

std::string charge(const std::optional<Charge>& charge) {
  if (!charge) return "";
  if (charge->percent) return "percent = " + decimal(*charge->percent);
  return "amount = " + decimal(charge->amount);
}

// A step as its [[ladder]] table writes it, leaving out what it does not set.
std::string step_fields(const LadderStep& step) {
  std::vector<std::string> fields{fmt::format("day = {}", step.day),
                                  fmt::format("action = {}", ladder_action_name(step.action))};
  auto add = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) fields.push_back(fmt::format("{} = {}", key, value));
  };
  add("to", step.to);
  add("cc", step.cc);
  add("template", step.template_name);
  add("min_amount", decimal(step.min_amount));
  if (step.grace_days) add("grace_days", std::to_string(*step.grace_days));
  if (step.repeat_every) add("repeat_every", std::to_string(*step.repeat_every));
  if (step.late_fee) add("late_fee", "true");
  return fmt::format("{}", fmt::join(fields, ", "));
}

std::string workdays(const std::array<bool, 7>& days) {
  std::vector<std::string_view> names;
  // Monday first, as people list a week; Sunday last.
  for (int i : {1, 2, 3, 4, 5, 6, 0})
    if (days[i]) names.push_back(name_of(weekday_names(), i));
  return fmt::format("{}", fmt::join(names, ", "));
}

// The calendars by name, then the dates given one by one.
std::string holidays(const DueSettings& due) {
  std::vector<std::string> out(due.holiday_calendars.begin(), due.holiday_calendars.end());
  std::set<Date> from_calendars;
  for (const std::string& name : due.holiday_calendars)
    if (auto dates = holiday_calendar(name)) from_calendars.insert(dates->begin(), dates->end());
  for (Date day : due.holidays)
    if (!from_calendars.contains(day)) out.push_back(format_date(day));
  return fmt::format("{}", fmt::join(out, ", "));
}

std::string base_rates(const std::vector<BaseRate>& rates) {
  std::vector<std::string> out;
  for (const BaseRate& rate : rates)
    out.push_back(fmt::format("{} from {}", decimal(rate.percent), format_date(rate.from)));
  return fmt::format("{}", fmt::join(out, ", "));
}

}  // namespace

std::vector<SettingValue> settings_values(const Settings& s) {
  std::vector<SettingValue> out;
  auto add = [&](std::string key, std::string value) {
    auto line = s.lines.find(key);
    out.push_back({std::move(key), std::move(value), line == s.lines.end() ? 0 : line->second});
  };
  const Business& b = s.business;
  add("business.name", b.name);
  add("business.email", b.email);
  add("business.address", fmt::format("{}", fmt::join(b.address, ", ")));
  add("business.currency", b.currency);
  add("business.jurisdiction", std::string(name_of(jurisdiction_names(), b.jurisdiction)));
  add("business.payment_details", b.payment_details);
  add("business.payment_url", b.payment_url);
  add("business.phone", b.phone);
  add("business.signer", b.signer);
  add("business.signer_title", b.signer_title);

  const Defaults& d = s.defaults;
  add("defaults.terms_days", std::to_string(d.terms_days));
  add("defaults.late_fee", charge(d.late_fee));
  add("defaults.early_discount",
      d.early_discount ? fmt::format("percent = {}, days = {}", decimal(d.early_discount->percent),
                                     d.early_discount->days)
                       : "");
  add("defaults.notice_days", std::to_string(d.notice_days));

  add("aging.basis", std::string(name_of(aging_basis_names(), s.aging.basis)));
  add("aging.buckets", fmt::format("{}", fmt::join(s.aging.buckets, ", ")));

  // Steps are listed one by one, each at its own [[ladder]] table.
  for (const LadderStep& step : s.ladder)
    out.push_back({"ladder." + step.name, step_fields(step), step.pos.line});
  for (const auto& [set, steps] : s.ladder_sets)
    for (const LadderStep& step : steps)
      out.push_back(
          {fmt::format("ladder_sets.{}.{}", set, step.name), step_fields(step), step.pos.line});

  const DueSettings& due = s.due;
  add("due.workdays", workdays(due.workdays));
  add("due.holidays", holidays(due));
  add("due.cooldown_days", std::to_string(due.cooldown_days));
  add("due.promise_grace_days", std::to_string(due.promise_grace_days));
  add("due.plan_grace_days", std::to_string(due.plan_grace_days));
  add("due.plan_notice_days", std::to_string(due.plan_notice_days));
  add("due.courtesy_call_over", decimal(due.courtesy_call_over));
  add("due.priority", std::string(name_of(due_priority_names(), due.priority)));

  const InterestSettings& i = s.interest;
  add("interest.rate", decimal(i.rate));
  add("interest.per", std::string(name_of(interest_per_names(), i.per)));
  add("interest.base_rates", base_rates(i.base_rates));
  add("interest.rates_known_until", i.rates_known_until ? format_date(*i.rates_known_until) : "");

  add("invoices.id_format", s.invoices.id_format);

  const ExportSettings& e = s.exports;
  add("export.receivable", e.receivable);
  add("export.income", e.income);
  add("export.bank", e.bank);
  add("export.credit_notes", e.credit_notes);
  add("export.opening", e.opening);

  add("letters.money", std::string(name_of(letter_money_names(), s.letters.money)));
  add("letters.language", std::string(name_of(language_names(), s.letters.language)));
  return out;
}

}  // namespace arcollect
