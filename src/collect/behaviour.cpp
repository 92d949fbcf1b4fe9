#include "collect/behaviour.hpp"

#include <algorithm>
#include <map>

#include "collect/promises.hpp"

namespace arcollect {

namespace {

// An average of days over invoices, weighted by amount, kept per currency.
class DaysAverage {
 public:
  void add(const std::string& currency, std::int64_t amount, std::int64_t days) {
    Sum& sum = sums_[currency];
    sum.count += 1;
    sum.weight += amount;
    sum.weighted_days = checked_add(sum.weighted_days, checked_mul(amount, days));
  }

  // In tenths; several currencies are weighted by their number of invoices.
  Tenths tenths() const {
    std::int64_t count = 0, weighted = 0;
    for (const auto& [currency, sum] : sums_) {
      Tenths average = tenths_of(sum.weighted_days, 1, sum.weight);
      if (!average) continue;
      if (sums_.size() == 1) return average;
      count += sum.count;
      weighted += sum.count * *average;
    }
    return count ? tenths_of(weighted, 1, count * 10) : std::nullopt;
  }

 private:
  struct Sum {
    std::int64_t count = 0, weight = 0, weighted_days = 0;
  };
  std::map<std::string, Sum> sums_;
};

// Tenths of a day to whole days, half away from zero.
int whole_days(std::int64_t tenths) {
  return static_cast<int>(tenths >= 0 ? (tenths + 5) / 10 : -((-tenths + 5) / 10));
}

Trend trend_of(const Tenths& recent, const Tenths& earlier) {
  if (!recent || !earlier) return Trend::none;
  std::int64_t change = *recent - *earlier;
  return change >= kTrendDays * 10    ? Trend::worse
         : change <= -kTrendDays * 10 ? Trend::better
                                      : Trend::steady;
}

Behaviour behaviour_of(const AccountState& state, std::size_t c) {
  const Book& book = state.book;
  const Date today = state.today;
  const Allocation& allocation = state.allocation;
  const Disputes& disputes = state.disputes;
  const Customer& customer = book.customers[c];
  const CustomerRecords& records = book.by_customer[c];
  Behaviour b;
  b.customer = c;
  b.credit_limit = customer.credit_limit;
  const std::string& exposure_currency =
      customer.credit_limit ? customer.credit_limit->currency : book.settings.business.currency;
  DaysAverage late, on_time, recent, earlier, settled_lateness;
  std::map<std::string, std::int64_t> owed;
  for (std::size_t i : records.invoices) {
    const Invoice& inv = book.invoices[i];
    if (inv.issued > today) continue;
    const std::int64_t balance = allocation.balance(book, i);
    const std::string& currency = inv.amount.currency;
    if (balance > 0) owed[currency] += balance;
    if (balance > 0 && currency == exposure_currency) b.exposure += balance;
    if (!inv.dispute.empty()) ++b.disputes;
    if (balance > 0 && !disputes.disputed[i] && days_between(inv.due, today) > b.oldest_past_due) {
      b.oldest_past_due = days_between(inv.due, today);
      b.oldest_overdue = i;
    }
    // Not due yet, or open and in dispute: says nothing of how they pay.
    if (inv.due > today || (balance > 0 && disputes.disputed[i])) continue;

    const std::optional<Date>& settled = allocation.settled[i];
    const int lateness = days_between(inv.due, settled ? *settled : today);
    const std::int64_t amount = inv.amount.minor;
    ++b.invoices_due;
    if (settled) {
      ++b.invoices_paid;
      settled_lateness.add(currency, amount, lateness);
      b.earliest_lateness = std::min(b.earliest_lateness.value_or(lateness), lateness);
      b.latest_lateness = std::max(b.latest_lateness.value_or(lateness), lateness);
    }
    const int days_late = std::max(0, lateness);
    late.add(currency, amount, days_late);
    on_time.add(currency, amount, settled && lateness <= 0 ? 100 : 0);
    (days_between(inv.due, today) < kRecentDays ? recent : earlier)
        .add(currency, amount, days_late);
  }
  for (const auto& [currency, minor] : owed) b.owed.push_back(Money{minor, currency});
  b.days_late = late.tenths();
  b.on_time_share = on_time.tenths();
  b.recent_days_late = recent.tenths();
  b.earlier_days_late = earlier.tenths();
  b.trend = trend_of(b.recent_days_late, b.earlier_days_late);
  if (Tenths usual = settled_lateness.tenths()) b.usual_lateness = whole_days(*usual);

  for (std::size_t k : records.contacts)
    if (book.contacts[k].date <= today && book.contacts[k].outcome == Outcome::dispute)
      ++b.disputes;
  for (const PromiseOutcome& promise : state.promises[c]) {
    ++b.promises;
    b.promises_kept += promise.state == PromiseState::kept;
    b.promises_broken += promise.state == PromiseState::broken;
  }
  return b;
}

}  // namespace

std::vector<Behaviour> payment_behaviour(const AccountState& state) {
  std::vector<Behaviour> result;
  for (std::size_t c = 0; c < state.book.customers.size(); ++c)
    result.push_back(behaviour_of(state, c));
  return result;
}

}  // namespace arcollect
