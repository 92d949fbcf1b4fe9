#include "render/payment.hpp"

#include <fmt/format.h>

namespace arcollect {

std::string payment_effect_text(const std::string& customer, const PaymentEffect& effect) {
  std::string out;
  for (const AppliedAmount& a : effect.applied)
    out += fmt::format("  {}  {}  {}\n", a.invoice, money_text(a.amount, effect.currency),
                       a.left > 0 ? money_text(a.left, effect.currency) + " left" : "paid");
  if (effect.credit > 0)
    out += fmt::format("  unapplied credit  {}\n", money_text(effect.credit, effect.currency));
  return out + fmt::format("{} now owes {}\n", customer, money_text(effect.owed, effect.currency));
}

JsonObject payment_effect_json(const std::string& customer, Date day, const PaymentEffect& effect) {
  const std::string& cur = effect.currency;
  JsonArray applied;
  for (const AppliedAmount& a : effect.applied)
    applied.push_back(JsonObject{{"invoice", a.invoice},
                                 {"amount", format_amount(a.amount, cur)},
                                 {"left", format_amount(a.left, cur)}});
  return JsonObject{{"customer", customer},
                    {"currency", cur},
                    {"balance_on", format_date(day)},
                    {"applied", std::move(applied)},
                    {"credit", format_amount(effect.credit, cur)},
                    {"owes", format_amount(effect.owed, cur)}};
}

}  // namespace arcollect
