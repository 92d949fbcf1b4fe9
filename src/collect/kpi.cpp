#include "collect/kpi.hpp"

#include <algorithm>
#include <map>

#include "collect/account_state.hpp"
#include "collect/currency_order.hpp"
#include "ledger/allocation.hpp"

namespace arcollect {

namespace {

constexpr int kOver90Days = 90;

// Amounts per day, to sum over any range of days.
using DailyAmounts = std::map<Date, std::int64_t>;

std::int64_t sum_between(const DailyAmounts& amounts, Date from, Date to) {
  std::int64_t sum = 0;
  for (auto it = amounts.lower_bound(from); it != amounts.end() && it->first <= to; ++it)
    sum += it->second;
  return sum;
}

struct Flows {
  DailyAmounts sales, collections, credit_notes;
};

// What the receivables are on a day, and what was settled in a window ending that day.
struct Balances {
  std::int64_t receivables = 0, current = 0, over_90 = 0;
  int paid = 0;
  std::int64_t paid_amount = 0;    // the weights: amounts of the invoices settled
  std::int64_t days_to_pay = 0;    // sum of amount x (settled - issued)
  std::int64_t days_past_due = 0;  // sum of amount x max(0, settled - due)
};

Date first_of_month(Date day) {
  const CivilDay c = civil_of(day);
  return make_date(c.year, c.month, 1);
}

Date last_of_month(Date day) {
  const CivilDay c = civil_of(day);
  return make_date(c.year, c.month, month_length(c.year, c.month));
}

class KpiBuilder {
 public:
  KpiBuilder(const Book& book, const KpiSpec& spec) : book_(book), spec_(spec) {
    for (std::size_t c = 0; c < book.customers.size(); ++c)
      if (spec.customer.empty() || book.customers[c].id == spec.customer) customers_.push_back(c);
    for (std::size_t c : customers_) {
      const CustomerRecords& records = book.by_customer[c];
      for (std::size_t i : records.invoices) {
        const Invoice& inv = book.invoices[i];
        flows_[inv.amount.currency].sales[inv.issued] += inv.amount.minor;
        first_sale_[inv.amount.currency] = std::min(
            first_sale_.try_emplace(inv.amount.currency, inv.issued).first->second, inv.issued);
      }
      for (std::size_t p : records.payments) {
        const Payment& pay = book.payments[p];
        Flows& flows = flows_[pay.amount.currency];
        (pay.kind == PaymentKind::credit ? flows.credit_notes : flows.collections)[pay.date] +=
            pay.amount.minor;
      }
    }
  }

  KpiReport build() {
    KpiReport report;
    report.from = spec_.from;
    report.to = spec_.to;
    report.customer = spec_.customer;
    std::map<std::string, KpiBlock> blocks;
    auto add = [&](const KpiFigures& figures, const std::string& currency, bool month) {
      KpiBlock& block = blocks[currency];
      block.currency = currency;
      if (month)
        block.months.push_back(figures);
      else
        block.period = figures;
    };
    for (const auto& [currency, figures] : measure(spec_.from, spec_.to, false))
      add(figures, currency, false);
    if (spec_.by_month) {
      for (Date start = spec_.from; start <= spec_.to; start = add_days(last_of_month(start), 1)) {
        Date end = std::min(last_of_month(start), spec_.to);
        for (const auto& [currency, figures] : measure(start, end, true))
          if (blocks.count(currency)) add(figures, currency, true);
      }
    }
    for (auto& [currency, block] : blocks) report.blocks.push_back(std::move(block));
    business_currency_first(report.blocks, book_.settings.business.currency);
    return report;
  }

 private:
  // The figures of [from, to] for each currency that has anything to show in it (or, with
  // `quiet_too`, for each currency of the ledger).
  std::map<std::string, KpiFigures> measure(Date from, Date to, bool quiet_too) {
    std::map<std::string, KpiFigures> result;
    const std::map<std::string, Balances> start = balances(add_days(from, -1), std::nullopt);
    const std::map<std::string, Balances> end = balances(to, from);
    for (const auto& [currency, flows] : flows_) {
      KpiFigures f;
      f.from = from;
      f.to = to;
      f.days = days_between(from, to) + 1;
      f.sales = sum_between(flows.sales, from, to);
      f.collections = sum_between(flows.collections, from, to);
      f.credit_notes = sum_between(flows.credit_notes, from, to);
      Balances opening = start.count(currency) ? start.at(currency) : Balances{};
      Balances closing = end.count(currency) ? end.at(currency) : Balances{};
      f.start_receivables = opening.receivables;
      f.receivables = closing.receivables;
      f.current = closing.current;
      f.over_90 = closing.over_90;
      if (!quiet_too && f.sales == 0 && f.collections == 0 && f.credit_notes == 0 &&
          f.receivables == 0 && f.start_receivables == 0)
        continue;

      f.dso = tenths_of(f.receivables, f.days, f.sales);
      f.best_dso = tenths_of(f.current, f.days, f.sales);
      if (f.dso && f.best_dso) f.days_delinquent = *f.dso - *f.best_dso;
      f.countback_dso = countback_dso(f.receivables, months_back(currency, to));
      const std::int64_t reachable = f.start_receivables + f.sales;
      f.cei = tenths_of(reachable - f.receivables, 100, reachable - f.current);
      f.over_90_share = tenths_of(f.over_90, 100, f.receivables);
      f.paid_invoices = closing.paid;
      f.days_to_pay = tenths_of(closing.days_to_pay, 1, closing.paid_amount);
      f.days_beyond_terms = tenths_of(closing.days_past_due, 1, closing.paid_amount);
      result.emplace(currency, f);
    }
    return result;
  }

  // Receivables at the end of `day`, per currency; with `paid_from`, also the invoices settled
  // from then up to `day`.
  std::map<std::string, Balances> balances(Date day, std::optional<Date> paid_from) {
    if (!paid_from)
      if (auto cached = receivables_.find(day); cached != receivables_.end()) return cached->second;
    // The account state as of each period end: the same allocation every report reads.
    const AccountState state = account_state(book_, day);
    const Allocation& allocation = state.allocation;
    std::map<std::string, Balances> result;
    for (std::size_t c : customers_) {
      for (std::size_t i : book_.by_customer[c].invoices) {
        const Invoice& inv = book_.invoices[i];
        if (inv.issued > day) continue;
        Balances& b = result[inv.amount.currency];
        if (std::int64_t balance = allocation.balance(book_, i); balance > 0) {
          int late = days_between(inv.due, day);
          b.receivables += balance;
          if (late <= 0) b.current += balance;
          if (late > kOver90Days) b.over_90 += balance;
        }
        const std::optional<Date>& settled = allocation.settled[i];
        if (paid_from && settled && *settled >= *paid_from) {
          b.paid += 1;
          b.paid_amount += inv.amount.minor;
          b.days_to_pay = checked_add(
              b.days_to_pay, checked_mul(inv.amount.minor, days_between(inv.issued, *settled)));
          b.days_past_due = checked_add(
              b.days_past_due,
              checked_mul(inv.amount.minor, std::max(0, days_between(inv.due, *settled))));
        }
      }
    }
    receivables_[day] = result;
    return result;
  }

  // The months ending with the one `to` falls in (up to `to`), latest first, back to the
  // currency's first sale.
  std::vector<MonthSales> months_back(const std::string& currency, Date to) const {
    std::vector<MonthSales> months;
    auto found = first_sale_.find(currency);
    if (found == first_sale_.end()) return months;
    const Date first = found->second;
    for (Date end = to; end >= first_of_month(first); end = add_days(first_of_month(end), -1)) {
      Date start = first_of_month(end);
      months.push_back(
          {sum_between(flows_.at(currency).sales, start, end), days_between(start, end) + 1});
    }
    return months;
  }

  const Book& book_;
  const KpiSpec& spec_;
  std::vector<std::size_t> customers_;
  std::map<std::string, Flows> flows_;
  std::map<std::string, Date> first_sale_;
  std::map<Date, std::map<std::string, Balances>> receivables_;
};

}  // namespace

KpiReport kpi_report(const Book& book, const KpiSpec& spec) {
  return KpiBuilder(book, spec).build();
}

Tenths tenths_of(std::int64_t numerator, std::int64_t factor, std::int64_t denominator) {
  if (denominator == 0) return std::nullopt;
  const bool negative = (numerator < 0) != (denominator < 0) && numerator != 0;
  std::int64_t magnitude = multiply_divide(numerator < 0 ? -numerator : numerator, factor * 10,
                                           denominator < 0 ? -denominator : denominator);
  return negative ? -magnitude : magnitude;
}

Tenths countback_dso(std::int64_t receivables, const std::vector<MonthSales>& latest_first) {
  bool any_sales = false;
  for (const MonthSales& month : latest_first) any_sales = any_sales || month.sales > 0;
  if (!any_sales) return std::nullopt;
  std::int64_t whole_days = 0;
  std::int64_t left = receivables;
  for (const MonthSales& month : latest_first) {
    if (left <= 0) break;
    if (left > month.sales) {
      whole_days += month.days;
      left -= month.sales;
      continue;
    }
    // The share of this month the receivables left reach, rounded once with the whole days.
    return whole_days * 10 + *tenths_of(left, month.days, month.sales);
  }
  return whole_days * 10;
}

}  // namespace arcollect
