#include "collect/forecast.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "collect/behaviour.hpp"
#include "collect/currency_order.hpp"

namespace arcollect {

namespace {

// Where one customer's open invoices are expected, before weeks are counted.
class CustomerForecast {
 public:
  CustomerForecast(const AccountState& state, std::size_t c, const Behaviour& behaviour)
      : state_(state),
        book_(state.book),
        c_(c),
        today_(state.today),
        allocation_(state.allocation),
        disputes_(state.disputes),
        behaviour_(behaviour),
        customer_(state.book.customers[c]) {}

  std::vector<ForecastItem> run() {
    std::vector<ForecastItem> items;
    std::vector<std::size_t> open;
    for (std::size_t i : book_.by_customer[c_].invoices)
      if (book_.invoices[i].issued <= today_ && allocation_.balance(book_, i) > 0)
        open.push_back(i);
    std::sort(open.begin(), open.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(book_.invoices[a].due, book_.invoices[a].id) <
             std::tie(book_.invoices[b].due, book_.invoices[b].id);
    });
    if (open.empty()) return items;
    plan_dates(open);
    promise_dates();
    const Date agency_logged = agency_contact();
    const std::optional<int> agency_day = agency_step_day();
    for (std::size_t i : open) {
      const Invoice& inv = book_.invoices[i];
      ForecastItem item;
      item.invoice = i;
      item.balance = allocation_.balance(book_, i);
      if (disputes_.disputed[i]) {
        item.at_risk = Reason{ReasonKind::disputed};
        item.at_risk->text = disputes_.reason.at(i);
      } else if (auto planned = planned_.find(i); planned != planned_.end()) {
        point(item, ExpectedFrom::plan, planned->second);
      } else if (auto promised = promised_.find(i); promised != promised_.end()) {
        point(item, ExpectedFrom::promise, promised->second);
      } else if (agency_logged <= today_ && inv.issued <= agency_logged) {
        item.at_risk = Reason{ReasonKind::referred_to_agency};
        item.at_risk->date = agency_logged;
      } else if (agency_day && days_between(inv.due, today_) >= *agency_day) {
        item.at_risk = Reason{ReasonKind::at_agency_age};
        item.at_risk->days = days_between(inv.due, today_);
        item.at_risk->count = *agency_day;
      } else {
        from_history(item, inv.due);
      }
      items.push_back(std::move(item));
    }
    return items;
  }

 private:
  void point(ForecastItem& item, ExpectedFrom basis, Date day) const {
    item.basis = basis;
    item.expected = item.early = item.late = std::max(day, today_);
  }

  void from_history(ForecastItem& item, Date due) const {
    const bool history = behaviour_.usual_lateness.has_value();
    item.basis = history ? ExpectedFrom::history : ExpectedFrom::terms;
    item.pay_run = customer_.payment_run.has_value();
    auto date_for = [&](int lateness) {
      Date day = add_days(due, lateness);
      if (customer_.payment_run) day = next_pay_run(*customer_.payment_run, day);
      return std::max(day, today_);
    };
    item.expected = date_for(behaviour_.usual_lateness.value_or(0));
    item.early = date_for(behaviour_.earliest_lateness.value_or(0));
    item.late = date_for(behaviour_.latest_lateness.value_or(0));
  }

  // Each live plan's unpaid installments, in order, complete its open invoices in turn.
  void plan_dates(const std::vector<std::size_t>& open) {
    for (std::size_t p : book_.by_customer[c_].plans) {
      const Plan& plan = book_.plans[p];
      if (!state_.plan_live(p)) continue;
      const PlanStatus& status = state_.plans[p];
      std::vector<std::pair<Date, std::int64_t>> unpaid;  // installments, what is left of each
      std::int64_t scheduled = 0;
      for (const Installment& item : plan.installments) {
        std::int64_t before = scheduled;
        scheduled += item.amount.minor;
        std::int64_t left = scheduled - std::max(before, status.paid);
        if (left > 0) unpaid.emplace_back(item.due, left);
      }
      std::size_t next = 0;
      std::int64_t available = 0;
      for (std::size_t i : open) {
        const Invoice& inv = book_.invoices[i];
        if (std::find(plan.invoices.begin(), plan.invoices.end(), inv.id) == plan.invoices.end())
          continue;
        std::int64_t needed = allocation_.balance(book_, i);
        while (available < needed && next < unpaid.size()) available += unpaid[next++].second;
        if (available < needed) break;  // the plan does not cover it all: left to the rest
        available -= needed;
        planned_.emplace(i, unpaid[next - 1].first);
      }
    }
  }

  // The latest promise, while pending, covers its invoices; with an amount, each that what is
  // left of it pays in full, oldest due first.
  void promise_dates() {
    const PromiseOutcome* latest = state_.latest_promise(c_);
    if (!latest || latest->state != PromiseState::pending) return;
    const PromiseOutcome& promise = *latest;
    const ContactEntry& entry = book_.contacts[promise.contact];
    std::optional<std::int64_t> left;
    if (entry.promise_amount) left = entry.promise_amount->minor - promise.paid;
    for (std::size_t i : promise.invoices) {
      const Invoice& inv = book_.invoices[i];
      std::int64_t balance = allocation_.balance(book_, i);
      if (inv.issued > today_ || balance <= 0 || planned_.count(i)) continue;
      if (left) {
        if (inv.amount.currency != entry.promise_amount->currency || balance > *left) continue;
        *left -= balance;
      }
      promised_.emplace(i, *entry.promise_date);
    }
  }

  // The day a contact logged one of the customer's agency steps; far in the future if none.
  Date agency_contact() const {
    Date logged = Date::max();
    for (std::size_t k : book_.by_customer[c_].contacts) {
      const ContactEntry& e = book_.contacts[k];
      for (const LadderStep& step : book_.ladder_for(customer_))
        if (step.action == LadderAction::agency && step.name == e.step)
          logged = std::min(logged, e.date);
    }
    return logged;
  }

  std::optional<int> agency_step_day() const {
    std::optional<int> day;
    for (const LadderStep& step : book_.ladder_for(customer_))
      if (step.action == LadderAction::agency) day = std::min(day.value_or(step.day), step.day);
    return day;
  }

  const AccountState& state_;
  const Book& book_;
  const std::size_t c_;
  const Date today_;
  const Allocation& allocation_;
  const Disputes& disputes_;
  const Behaviour& behaviour_;
  const Customer& customer_;
  std::map<std::size_t, Date> planned_, promised_;
};

void add_to_week(ForecastWeek& week, const ForecastItem& item, Date end) {
  // `end`: the day after the week; Date::max() for the weeks after the horizon.
  auto inside = [&](Date day) { return day >= week.from && day < end; };
  if (inside(item.expected)) week.expected += item.balance;
  if (inside(item.early) && inside(item.late)) week.low += item.balance;
  if (item.early < end && item.late >= week.from) week.high += item.balance;
}

}  // namespace

ForecastReport forecast_report(const AccountState& state, const ForecastSpec& spec) {
  const Book& book = state.book;
  ForecastReport report;
  report.as_of = spec.today;
  report.weeks = spec.weeks;
  std::vector<Behaviour> behaviour = payment_behaviour(state);

  std::map<std::string, ForecastBlock> blocks;
  for (std::size_t c = 0; c < book.customers.size(); ++c) {
    if (!spec.customer.empty() && book.customers[c].id != spec.customer) continue;
    for (ForecastItem& item : CustomerForecast(state, c, behaviour[c]).run()) {
      const std::string& currency = book.invoices[item.invoice].amount.currency;
      ForecastBlock& block = blocks[currency];
      block.currency = currency;
      block.outstanding += item.balance;
      if (item.at_risk) {
        block.at_risk += item.balance;
      } else {
        item.week = std::min(days_between(spec.today, item.expected) / 7, spec.weeks);
      }
      block.items.push_back(std::move(item));
    }
  }
  const Date horizon = add_days(spec.today, 7 * spec.weeks);
  for (auto& [currency, block] : blocks) {
    for (int w = 0; w < spec.weeks; ++w) {
      ForecastWeek week;
      week.from = add_days(spec.today, 7 * w);
      week.to = add_days(week.from, 6);
      for (const ForecastItem& item : block.items)
        if (!item.at_risk) add_to_week(week, item, add_days(week.to, 1));
      block.weeks.push_back(week);
    }
    block.later.from = horizon;
    for (const ForecastItem& item : block.items)
      if (!item.at_risk) add_to_week(block.later, item, Date::max());
    std::sort(block.items.begin(), block.items.end(),
              [&](const ForecastItem& a, const ForecastItem& b) {
                return std::make_tuple(a.at_risk.has_value(), a.expected,
                                       std::string_view(book.invoices[a.invoice].id)) <
                       std::make_tuple(b.at_risk.has_value(), b.expected,
                                       std::string_view(book.invoices[b.invoice].id));
              });
    report.blocks.push_back(std::move(block));
  }
  business_currency_first(report.blocks, book.settings.business.currency);
  return report;
}

std::string_view expected_from_name(ExpectedFrom basis) {
  switch (basis) {
    case ExpectedFrom::plan:
      return "plan";
    case ExpectedFrom::promise:
      return "promise";
    case ExpectedFrom::history:
      return "history";
    default:
      return "terms";
  }
}

}  // namespace arcollect
