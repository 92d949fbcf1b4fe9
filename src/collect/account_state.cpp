#include "collect/account_state.hpp"

namespace arcollect {

AccountState account_state(const Book& book, Date today) {
  AccountState state(book);
  state.today = today;
  state.disputes = find_disputes(book, today);
  state.allocation = allocate(book, today);
  state.live_plan_.assign(book.invoices.size(), std::nullopt);
  state.broken_plan_.assign(book.invoices.size(), std::nullopt);
  for (std::size_t p = 0; p < book.plans.size(); ++p) {
    PlanStatus status =
        plan_status(book, state.allocation, p, today, book.settings.due.plan_grace_days);
    const Plan& plan = book.plans[p];
    state.plans.push_back(status);
    if (plan.agreed <= today)
      for (const auto& id : plan.invoices)
        if (auto it = book.invoice_index.find(id); it != book.invoice_index.end()) {
          if (state.plan_live(p))
            state.live_plan_[it->second] = p;
          else if (status.state == PlanState::broken)
            state.broken_plan_[it->second] = p;
        }
  }
  state.promises.reserve(book.customers.size());
  for (std::size_t c = 0; c < book.customers.size(); ++c)
    state.promises.push_back(promise_outcomes(book, c, today, state.allocation));
  return state;
}

bool AccountState::plan_live(std::size_t p) const {
  return book.plans[p].agreed <= today && plan_is_live(plans[p].state);
}

std::optional<std::size_t> AccountState::live_plan(std::size_t invoice) const {
  return live_plan_[invoice];
}

std::optional<std::size_t> AccountState::broken_plan(std::size_t invoice) const {
  return live_plan_[invoice] ? std::nullopt : broken_plan_[invoice];
}

std::vector<std::size_t> AccountState::chaseable(std::size_t c) const {
  std::vector<std::size_t> result;
  for (std::size_t i : book.by_customer[c].invoices)
    if (book.invoices[i].issued <= today && balance(i) > 0 && !disputed(i) && !live_plan_[i])
      result.push_back(i);
  return result;
}

const PromiseOutcome* AccountState::latest_promise(std::size_t c) const {
  return promises[c].empty() ? nullptr : &promises[c].back();
}

}  // namespace arcollect
