#include "collect/plan_doubles.hpp"

#include <fmt/format.h>

namespace arcollect {

std::vector<Diagnostic> two_live_plans(const AccountState& state) {
  const Book& book = state.book;
  std::vector<Diagnostic> out;
  for (std::size_t c = 0; c < book.customers.size(); ++c) {
    std::optional<std::size_t> first;
    for (std::size_t p : book.by_customer[c].plans) {
      if (!state.plan_live(p)) continue;
      if (!first) {
        first = p;
        continue;
      }
      const Plan& later = book.plans[p];
      const Plan& earlier = book.plans[*first];
      out.push_back(diagnostic_at(
          Severity::error, DiagCode::two_live_plans, book.files[later.id_pos.file], later.id_pos,
          fmt::format("{} has two live plans on {}: {} here and {} at {}:{}:{} (two clones may "
                      "each have agreed one); keep the plan the customer agreed to and delete "
                      "the other's file",
                      later.customer, format_date(state.today), later.id, earlier.id,
                      book.files[earlier.id_pos.file], earlier.id_pos.line,
                      earlier.id_pos.column)));
    }
  }
  return out;
}

}  // namespace arcollect
