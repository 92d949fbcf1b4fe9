// Payment terms: when an invoice falls due, and the early-payment discount it offers. The one
// place both are decided, for the loader (a due date left out), `invoice` and the letters.
#pragma once

#include <cstdint>
#include <optional>

#include "ledger/records.hpp"
#include "ledger/settings.hpp"

namespace arcollect {

// The terms in force for a customer: its own terms_days, else [defaults] terms_days.
struct Terms {
  int days = 30;
  bool customers_own = false;  // the customer's terms_days, not the ledger's default
};

Terms payment_terms(const Settings& settings, const Customer* customer);

// The due date of an invoice issued on `issued` under `terms`.
Date due_under(const Terms& terms, Date issued);

// [defaults] early_discount as one invoice offers it: `minor` off its full amount when it is
// paid in full by `until` (issued + days). None when the ledger offers no discount.
struct EarlyDiscountOffer {
  Decimal percent;
  Date until{};
  std::int64_t minor = 0;
};

std::optional<EarlyDiscountOffer> early_discount_offer(const Settings& settings, Date issued,
                                                       std::int64_t amount_minor);

}  // namespace arcollect
