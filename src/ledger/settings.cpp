#include "ledger/settings.hpp"

namespace arcollect {

namespace {

constexpr std::pair<std::string_view, LadderAction> kActions[] = {
    {"email", LadderAction::email},   {"call", LadderAction::call},
    {"letter", LadderAction::letter}, {"hold", LadderAction::hold},
    {"notice", LadderAction::notice}, {"agency", LadderAction::agency},
    {"visit", LadderAction::visit}};

constexpr std::pair<std::string_view, AgingBasis> kBases[] = {{"due", AgingBasis::due},
                                                              {"issued", AgingBasis::issued}};
constexpr std::pair<std::string_view, DueSettings::Priority> kPriorities[] = {
    {"amount-days", DueSettings::Priority::amount_days},
    {"amount", DueSettings::Priority::amount},
    {"days", DueSettings::Priority::days}};
constexpr std::pair<std::string_view, InterestSettings::Per> kPer[] = {
    {"year", InterestSettings::Per::year}, {"month", InterestSettings::Per::month}};
constexpr std::pair<std::string_view, LetterSettings::Money> kLetterMoney[] = {
    {"symbol", LetterSettings::Money::symbol}, {"code", LetterSettings::Money::code}};
constexpr std::pair<std::string_view, int> kWeekdays[] = {
    {"sun", 0}, {"mon", 1}, {"tue", 2}, {"wed", 3}, {"thu", 4}, {"fri", 5}, {"sat", 6}};

}  // namespace

NameTable<AgingBasis> aging_basis_names() {
  return kBases;
}
NameTable<DueSettings::Priority> due_priority_names() {
  return kPriorities;
}
NameTable<InterestSettings::Per> interest_per_names() {
  return kPer;
}
NameTable<LetterSettings::Money> letter_money_names() {
  return kLetterMoney;
}
NameTable<int> weekday_names() {
  return kWeekdays;
}

std::span<const std::pair<std::string_view, LadderAction>> ladder_action_names() {
  return kActions;
}

std::string_view ladder_action_name(LadderAction action) {
  for (const auto& [name, value] : kActions)
    if (value == action) return name;
  return "";
}

std::vector<LadderStep> default_ladder() {
  using A = LadderAction;
  auto step = [](std::string name, int day, A action, std::string to, std::string cc,
                 std::string template_name, bool late_fee = false) {
    LadderStep s;
    s.name = std::move(name);
    s.day = day;
    s.action = action;
    s.to = std::move(to);
    s.cc = std::move(cc);
    s.template_name = std::move(template_name);
    s.late_fee = late_fee;
    return s;
  };
  return {
      step("courtesy", -3, A::email, "ap", "", "courtesy"),
      step("reminder", 1, A::email, "ap", "", "reminder"),
      step("call-ap", 7, A::call, "ap", "", ""),
      step("firm", 14, A::email, "ap", "finance", "firm"),
      step("call-finance", 21, A::call, "finance", "", ""),
      step("buyer", 28, A::email, "buyer", "", "buyer"),
      step("hold", 30, A::hold, "", "", ""),
      step("final", 45, A::letter, "finance", "", "final", true),
      step("notice", 60, A::notice, "finance", "", "notice", true),
      step("agency", 75, A::agency, "", "", ""),
  };
}

}  // namespace arcollect
