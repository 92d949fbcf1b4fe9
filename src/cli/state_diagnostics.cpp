#include "cli/state_diagnostics.hpp"

#include "collect/plan_doubles.hpp"
#include "collect/rate_gaps.hpp"
#include "render/reason.hpp"

namespace arcollect::cli {

std::vector<Diagnostic> state_diagnostics(const AccountState& state) {
  const Book& book = state.book;
  std::vector<Diagnostic> out = two_live_plans(state);
  // One warning per missing rate, at the id of the first invoice that needs it.
  for (const RateGap& gap : rate_gaps(state)) {
    const Invoice& first = book.invoices[gap.invoices.front()];
    out.push_back(diagnostic_at(Severity::warning, DiagCode::rate_past_known,
                                book.files[first.id_pos.file], first.id_pos,
                                rate_gap_text(gap.rate, first.id, gap.invoices.size() - 1)));
  }
  return out;
}

}  // namespace arcollect::cli
