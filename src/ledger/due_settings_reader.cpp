#include "ledger/due_settings_reader.hpp"

#include <fmt/format.h>

#include <array>

#include "ledger/holidays.hpp"
#include "ledger/toml_reader.hpp"

namespace arcollect {

namespace {

void read_workdays(FieldReader& f, DueSettings& d) {
  auto words = f.text_list("workdays");
  if (!words) return;
  std::array<bool, 7> days{};
  for (const std::string& word : *words) {
    bool known = false;
    for (const auto& [name, index] : weekday_names())
      if (word == name) days[index] = known = true;
    if (!known)
      f.sink().error(DiagCode::invalid_value, f.pos("workdays"),
                     fmt::format("'workdays' cannot hold \"{}\"; use mon, tue, wed, thu, fri, "
                                 "sat and sun",
                                 word));
  }
  if (words->empty())
    f.sink().error(DiagCode::invalid_value, f.pos("workdays"),
                   "'workdays' is empty; name at least one day, e.g. [\"mon\", \"tue\"]");
  else
    d.workdays = days;
}

}  // namespace

bool use_calendar(DueSettings& d, std::string_view name) {
  auto dates = holiday_calendar(name);
  if (!dates) return false;
  d.holiday_calendars.emplace_back(name);
  d.holidays.insert(d.holidays.end(), dates->begin(), dates->end());
  return true;
}

namespace {

// [due] holidays: dates, and the names of shipped calendars.
void read_holidays(FieldReader& f, DueSettings& d) {
  const toml::array* list = f.array("holidays");
  if (!list) return;
  for (const toml::node& node : *list) {
    const SourcePos at = pos_of(node.source(), f.sink().file_index());
    if (auto day = node.as_date()) {
      d.holidays.push_back(make_date(day->get().year, day->get().month, day->get().day));
    } else if (auto name = node.as_string()) {
      if (!use_calendar(d, name->get())) {
        f.sink().error(DiagCode::invalid_value, at,
                       fmt::format("no holiday calendar is called \"{}\"; the shipped ones are: "
                                   "{}; or list dates like 2026-12-24",
                                   name->get(), fmt::join(holiday_calendar_names(), ", ")));
      }
    } else {
      f.sink().error(DiagCode::wrong_type, at,
                     "each holiday is a date like 2026-12-24 (no quotes) or a calendar's name "
                     "like \"england-and-wales\"");
    }
  }
}

}  // namespace

void read_due(FieldReader& f, DueSettings& d) {
  read_workdays(f, d);
  read_holidays(f, d);
  d.cooldown_days = f.integer("cooldown_days", 1, 365).value_or(d.cooldown_days);
  d.promise_grace_days = f.integer("promise_grace_days", 0, 365).value_or(d.promise_grace_days);
  d.plan_grace_days = f.integer("plan_grace_days", 0, 365).value_or(d.plan_grace_days);
  d.plan_notice_days = f.integer("plan_notice_days", 0, 365).value_or(d.plan_notice_days);
  d.courtesy_call_over = f.amount("courtesy_call_over", Need::optional, true);
  d.courtesy_call_over_pos = f.pos("courtesy_call_over");
  d.priority =
      f.choice<DueSettings::Priority>("priority", due_priority_names()).value_or(d.priority);
  f.finish();
}

}  // namespace arcollect
