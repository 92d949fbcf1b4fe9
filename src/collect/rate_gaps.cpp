#include "collect/rate_gaps.hpp"

#include <algorithm>

#include "collect/interest.hpp"

namespace arcollect {

std::vector<RateGap> rate_gaps(const AccountState& state) {
  std::vector<RateGap> gaps;
  Allocation scratch = empty_allocation(state.book);
  for (std::size_t c = 0; c < state.book.customers.size(); ++c)
    for (const InvoiceCharges& charges : invoice_charges(state, c, scratch))
      for (const Reason& note : charges.notes) {
        if (note.kind != ReasonKind::rate_past_known) continue;
        auto gap = std::find_if(gaps.begin(), gaps.end(),
                                [&](const RateGap& g) { return g.rate == note; });
        if (gap == gaps.end()) gap = gaps.insert(gaps.end(), RateGap{note, {}});
        gap->invoices.push_back(charges.invoice);
      }
  return gaps;
}

}  // namespace arcollect
