#include "ledger/rate_records.hpp"

#include <fmt/format.h>

#include <map>

namespace arcollect {

namespace {

std::string as_written(const Decimal& percent) {
  return format_minor(percent.units, percent.scale);
}

}  // namespace

void check_rate_records(const Book& book, std::vector<Diagnostic>& out) {
  std::map<std::pair<RateSeries, Date>, const RateRecord*> first;
  for (const RateRecord& rate : book.rates) {
    auto [at, inserted] = first.emplace(std::pair{rate.series, rate.from}, &rate);
    if (inserted || at->second->millionths == rate.millionths) continue;
    const RateRecord& other = *at->second;
    const SourcePos& there = other.percent_pos;
    out.push_back(diagnostic_at(
        Severity::error, DiagCode::rate_conflict, book.files[rate.percent_pos.file],
        rate.percent_pos,
        fmt::format("this file gives the '{}' rate from {} as {}%, but {}:{}:{} gives {}%; "
                    "check the source and delete the file that is wrong",
                    name_of(rate_series_names(), rate.series), format_date(rate.from),
                    as_written(rate.percent), book.files[there.file], there.line, there.column,
                    as_written(other.percent))));
  }
}

const RateRecord* recorded_rate(const Book& book, RateSeries series, Date from) {
  for (const RateRecord& rate : book.rates)
    if (rate.series == series && rate.from == from) return &rate;
  return nullptr;
}

}  // namespace arcollect
