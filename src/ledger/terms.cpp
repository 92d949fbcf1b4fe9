#include "ledger/terms.hpp"

namespace arcollect {

Terms payment_terms(const Settings& settings, const Customer* customer) {
  if (customer && customer->terms_days) return {*customer->terms_days, true};
  return {settings.defaults.terms_days, false};
}

Date due_under(const Terms& terms, Date issued) {
  return add_days(issued, terms.days);
}

std::optional<EarlyDiscountOffer> early_discount_offer(const Settings& settings, Date issued,
                                                       std::int64_t amount_minor) {
  const auto& early = settings.defaults.early_discount;
  if (!early) return std::nullopt;
  // percent x 10^4 millionths of the amount is percent hundredths of it.
  const std::int64_t per_million = to_minor(early->percent, 4).value_or(0);
  return EarlyDiscountOffer{early->percent, add_days(issued, early->days),
                            multiply_divide(amount_minor, per_million, 1'000'000)};
}

}  // namespace arcollect
