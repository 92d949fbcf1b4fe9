#include "collect/aging.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "collect/currency_order.hpp"
#include "ledger/allocation.hpp"
#include "ledger/disputes.hpp"

namespace arcollect {

std::vector<std::string> bucket_labels(const std::vector<int>& buckets) {
  std::vector<std::string> labels = {"current"};
  int from = 1;
  for (int limit : buckets) {
    labels.push_back(std::to_string(from) + "-" + std::to_string(limit));
    from = limit + 1;
  }
  labels.push_back(std::to_string(buckets.empty() ? 0 : buckets.back()) + "+");
  return labels;
}

std::vector<AgeRange> age_ranges(const std::vector<int>& buckets) {
  std::vector<AgeRange> ranges = {{std::nullopt, 0}};
  int from = 1;
  for (int limit : buckets) {
    ranges.push_back({from, limit});
    from = limit + 1;
  }
  ranges.push_back({from, std::nullopt});
  return ranges;
}

std::size_t bucket_index(int days, const std::vector<int>& buckets) {
  if (days <= 0) return 0;
  for (std::size_t i = 0; i < buckets.size(); ++i)
    if (days <= buckets[i]) return i + 1;
  return buckets.size() + 1;
}

namespace {

AgingRow& row_for(std::map<std::string, std::vector<AgingRow>>& rows,
                  std::map<std::pair<std::string, std::string>, std::size_t>& index,
                  const std::string& currency, const Customer& customer, std::size_t width) {
  auto key = std::make_pair(currency, customer.id);
  auto& list = rows[currency];
  auto [it, inserted] = index.emplace(key, list.size());
  if (inserted) {
    AgingRow row;
    row.customer = customer.id;
    row.name = customer.name;
    row.days = INT_MIN;
    row.buckets.assign(width, 0);
    list.push_back(std::move(row));
  }
  return list[it->second];
}

}  // namespace

AgingReport aging_report(const AccountState& state, const AgingSpec& spec) {
  const Book& book = state.book;
  const Date today = state.today;
  AgingReport report;
  report.as_of = today;
  report.basis = spec.basis;
  report.by = spec.by;
  report.labels = bucket_labels(spec.buckets);
  report.ranges = age_ranges(spec.buckets);
  const std::size_t width = report.labels.size();

  const Disputes& disputes = state.disputes;
  const Allocation& allocation = state.allocation;

  std::map<std::string, std::vector<AgingRow>> rows;  // by currency
  std::map<std::pair<std::string, std::string>, std::size_t> customer_rows;
  for (std::size_t c = 0; c < book.customers.size(); ++c) {
    const Customer& customer = book.customers[c];
    if (!spec.customer.empty() && spec.customer != customer.id) continue;
    for (std::size_t i : book.by_customer[c].invoices) {
      const Invoice& inv = book.invoices[i];
      std::int64_t balance = allocation.balance(book, i);
      if (inv.issued > today || balance <= 0) continue;
      Date basis = spec.basis == AgingBasis::due ? inv.due : inv.issued;
      int days = days_between(basis, today);
      if (days < spec.min_days) continue;
      std::size_t bucket = bucket_index(days, spec.buckets);
      bool disputed = disputes.disputed[i];
      AgingRow* row;
      if (spec.by == AgingGroup::invoice) {
        AgingRow item;
        item.customer = customer.id;
        item.name = customer.name;
        item.invoice = inv.id;
        item.issued = inv.issued;
        item.due = inv.due;
        item.amount = inv.amount.minor;
        item.paid = allocation.paid[i];
        item.bucket = bucket;
        item.days = days;
        item.buckets.assign(width, 0);
        if (disputed) item.dispute = disputes.reason.at(i);
        rows[inv.amount.currency].push_back(std::move(item));
        row = &rows[inv.amount.currency].back();
      } else {
        row = &row_for(rows, customer_rows, inv.amount.currency, customer, width);
      }
      if (spec.by == AgingGroup::customer) row->days = std::max(row->days, days);
      row->buckets[bucket] += balance;
      row->total += balance;
      if (disputed) row->disputed += balance;
    }
  }
  if (spec.by == AgingGroup::customer && spec.min_days == INT_MIN) {
    for (const auto& credit : allocation.credits) {
      const Customer& customer = book.customers[credit.customer];
      if (!spec.customer.empty() && spec.customer != customer.id) continue;
      AgingRow& row = row_for(rows, customer_rows, credit.currency, customer, width);
      row.credit += credit.minor;
    }
  }

  for (auto& [currency, list] : rows) {
    AgingBlock block;
    block.currency = currency;
    block.buckets.assign(width, 0);
    for (auto& row : list) {
      if (row.days == INT_MIN) row.days = 0;  // a row of credit only
      for (std::size_t b = 0; b < width; ++b) block.buckets[b] += row.buckets[b];
      block.total += row.total;
      block.disputed += row.disputed;
      block.credit += row.credit;
    }
    std::sort(list.begin(), list.end(), [](const AgingRow& a, const AgingRow& b) {
      return std::make_tuple(-static_cast<long long>(a.days), -a.total, a.customer, a.invoice) <
             std::make_tuple(-static_cast<long long>(b.days), -b.total, b.customer, b.invoice);
    });
    block.rows = std::move(list);
    report.blocks.push_back(std::move(block));
  }
  business_currency_first(report.blocks, book.settings.business.currency);
  return report;
}

}  // namespace arcollect
