#include "render/kpi.hpp"

#include <fmt/format.h>

#include "render/chart.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/svg.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string month_label(const KpiFigures& f) {
  return format_date(f.from).substr(0, 7);
}

Table summary_table(const KpiFigures& f, const std::string& currency) {
  auto money = [&](std::int64_t minor) { return format_amount(minor, currency, true); };
  Table table;
  table.align = {Align::left, Align::right};
  table.rows = {
      {"Credit sales", money(f.sales)},
      {"Collections", money(f.collections)},
      {"Credit notes", money(f.credit_notes)},
      {"Receivables at the start", money(f.start_receivables)},
      {"Receivables at the end", money(f.receivables)},
      {"  not yet due", money(f.current)},
      {"  past due", money(f.receivables - f.current)},
      {"  over 90 days past due", money(f.over_90)},
      {"Share over 90 days past due", tenths_or_dash(f.over_90_share, "%")},
      {"DSO", tenths_or_dash(f.dso, " days")},
      {"Countback DSO", tenths_or_dash(f.countback_dso, " days")},
      {"Best possible DSO", tenths_or_dash(f.best_dso, " days")},
      {"Average days delinquent", tenths_or_dash(f.days_delinquent, " days")},
      {"Collection effectiveness (CEI)", tenths_or_dash(f.cei, "%")},
      {"Invoices paid in the period", std::to_string(f.paid_invoices)},
      {"Average days to pay", tenths_or_dash(f.days_to_pay, " days")},
      {"Average days beyond terms", tenths_or_dash(f.days_beyond_terms, " days")},
  };
  return table;
}

std::vector<Cell> month_row(const std::string& label, const KpiFigures& f,
                            const std::string& currency, Style style) {
  auto money = [&](std::int64_t minor) {
    return Cell{format_amount(minor, currency, true), style};
  };
  auto figure = [&](const Tenths& value) { return Cell{tenths_or_dash(value), style}; };
  return {Cell{label, style},    money(f.sales),
          money(f.collections),  money(f.receivables),
          figure(f.dso),         figure(f.countback_dso),
          figure(f.best_dso),    figure(f.days_delinquent),
          figure(f.cei),         figure(f.over_90_share),
          figure(f.days_to_pay), figure(f.days_beyond_terms)};
}

Table month_table(const KpiBlock& block) {
  Table table;
  table.header = {"Month", "Sales", "Collected", "Receivables", "DSO",    "Countback",
                  "Best",  "ADD",   "CEI %",     "Over 90 %",   "To pay", "Late"};
  for (auto& cell : table.header) cell.style = Style::bold;
  table.align.assign(table.header.size(), Align::right);
  table.align[0] = Align::left;
  for (const KpiFigures& month : block.months)
    table.rows.push_back(month_row(month_label(month), month, block.currency, Style::plain));
  table.footer.push_back(month_row("Period", block.period, block.currency, Style::bold));
  return table;
}

Json tenths_json(const Tenths& value) {
  return value ? Json{tenths_text(value)} : Json{};
}

JsonObject figures_json(const KpiFigures& f, const std::string& currency) {
  auto money = [&](std::int64_t minor) { return Json{format_amount(minor, currency)}; };
  return JsonObject{
      {"from", format_date(f.from)},
      {"to", format_date(f.to)},
      {"days", f.days},
      {"credit_sales", money(f.sales)},
      {"collections", money(f.collections)},
      {"credit_notes", money(f.credit_notes)},
      {"receivables_start", money(f.start_receivables)},
      {"receivables_end", money(f.receivables)},
      {"current", money(f.current)},
      {"past_due", money(f.receivables - f.current)},
      {"over_90", money(f.over_90)},
      {"over_90_share", tenths_json(f.over_90_share)},
      {"dso", tenths_json(f.dso)},
      {"countback_dso", tenths_json(f.countback_dso)},
      {"best_possible_dso", tenths_json(f.best_dso)},
      {"average_days_delinquent", tenths_json(f.days_delinquent)},
      {"cei", tenths_json(f.cei)},
      {"paid_invoices", f.paid_invoices},
      {"average_days_to_pay", tenths_json(f.days_to_pay)},
      {"average_days_beyond_terms", tenths_json(f.days_beyond_terms)},
  };
}

std::vector<std::string> figures_csv(const std::string& currency, const std::string& period,
                                     const KpiFigures& f) {
  auto money = [&](std::int64_t minor) { return format_amount(minor, currency); };
  return {currency,
          period,
          format_date(f.from),
          format_date(f.to),
          std::to_string(f.days),
          money(f.sales),
          money(f.collections),
          money(f.credit_notes),
          money(f.start_receivables),
          money(f.receivables),
          money(f.current),
          money(f.receivables - f.current),
          money(f.over_90),
          tenths_text(f.over_90_share),
          tenths_text(f.dso),
          tenths_text(f.countback_dso),
          tenths_text(f.best_dso),
          tenths_text(f.days_delinquent),
          tenths_text(f.cei),
          std::to_string(f.paid_invoices),
          tenths_text(f.days_to_pay),
          tenths_text(f.days_beyond_terms)};
}

}  // namespace

std::string tenths_text(const Tenths& value) {
  return value ? format_minor(*value, 1) : "";
}

std::string tenths_or_dash(const Tenths& value, const char* unit) {
  return value ? tenths_text(value) + unit : "-";
}

std::string kpi_chart(const KpiReport& report, bool ascii) {
  std::string out;
  for (const KpiBlock& block : report.blocks) {
    if (block.months.empty()) continue;
    out += fmt::format("\n{} by month, {} to {}\n", block.currency,
                       month_label(block.months.front()), month_label(block.months.back()));
    Table table;
    table.header = {"Figure", "Trend", "Lowest", "Highest", "Last"};
    table.align = {Align::left, Align::left, Align::right, Align::right, Align::right};
    const auto line = [&](const char* name, Tenths KpiFigures::*figure, const char* unit) {
      std::vector<Tenths> values;
      std::optional<std::int64_t> low, high;
      for (const KpiFigures& month : block.months) {
        const Tenths v = month.*figure;
        values.push_back(v);
        if (v) {
          low = low ? std::min(*low, *v) : *v;
          high = high ? std::max(*high, *v) : *v;
        }
      }
      table.rows.push_back({name, sparkline(values, ascii), tenths_or_dash(low, unit),
                            tenths_or_dash(high, unit),
                            tenths_or_dash(block.months.back().*figure, unit)});
    };
    line("DSO", &KpiFigures::dso, " days");
    line("Countback DSO", &KpiFigures::countback_dso, " days");
    line("CEI", &KpiFigures::cei, "%");
    out += render_table(table, false);
  }
  return out;
}

std::string kpi_svg(const KpiReport& report) {
  std::vector<SvgLineSection> sections;
  for (const KpiBlock& block : report.blocks) {
    if (block.months.empty()) continue;
    SvgLineSection section;
    section.title = block.currency + " by month";
    for (const KpiFigures& month : block.months) section.ticks.push_back(month_label(month));
    const auto line = [&](const char* name, Tenths KpiFigures::*figure, const char* unit) {
      SvgLine l{name, {}, unit};
      for (const KpiFigures& month : block.months) l.tenths.push_back(month.*figure);
      section.lines.push_back(std::move(l));
    };
    line("DSO", &KpiFigures::dso, " days");
    line("Countback DSO", &KpiFigures::countback_dso, " days");
    line("CEI", &KpiFigures::cei, "%");
    sections.push_back(std::move(section));
  }
  return svg_line_chart(
      fmt::format("Collection KPIs, {} to {}", format_date(report.from), format_date(report.to)),
      sections);
}

std::string kpi_text(const KpiReport& report, bool color) {
  std::string title =
      fmt::format("Collection KPIs, {} to {} ({}){}", format_date(report.from),
                  format_date(report.to), day_count(days_between(report.from, report.to) + 1),
                  report.customer.empty() ? "" : ", customer " + report.customer);
  std::string out = paint(title, Style::bold, color) + "\n";
  if (report.blocks.empty()) return out + "\nNo invoices, payments or receivables in the period.\n";
  for (const KpiBlock& block : report.blocks) {
    out += "\n" + paint(block.currency, Style::bold, color) + "\n";
    out += render_table(
        block.months.empty() ? summary_table(block.period, block.currency) : month_table(block),
        color);
  }
  if (!report.blocks.front().months.empty())
    out +=
        "\nDSO, Countback (DSO), Best (possible DSO), ADD (average days delinquent), To pay and "
        "Late\n(average days to pay and beyond terms of the invoices settled) are in days.\n";
  return out;
}

JsonObject kpi_json(const KpiReport& report) {
  JsonArray blocks;
  for (const KpiBlock& block : report.blocks) {
    JsonArray months;
    for (const KpiFigures& month : block.months)
      months.push_back(figures_json(month, block.currency));
    JsonObject object{{"currency", block.currency},
                      {"period", figures_json(block.period, block.currency)}};
    if (!block.months.empty()) object.emplace_back("months", std::move(months));
    blocks.push_back(std::move(object));
  }
  return JsonObject{
      {"from", format_date(report.from)},
      {"to", format_date(report.to)},
      {"days", days_between(report.from, report.to) + 1},
      {"customer", text_or_null(report.customer)},
      {"currencies", std::move(blocks)},
  };
}

std::string kpi_csv(const KpiReport& report) {
  std::string out = csv_row({"currency",
                             "period",
                             "from",
                             "to",
                             "days",
                             "credit_sales",
                             "collections",
                             "credit_notes",
                             "receivables_start",
                             "receivables_end",
                             "current",
                             "past_due",
                             "over_90",
                             "over_90_share",
                             "dso",
                             "countback_dso",
                             "best_possible_dso",
                             "average_days_delinquent",
                             "cei",
                             "paid_invoices",
                             "average_days_to_pay",
                             "average_days_beyond_terms"});
  for (const KpiBlock& block : report.blocks) {
    for (const KpiFigures& month : block.months)
      out += csv_row(figures_csv(block.currency, month_label(month), month));
    out += csv_row(figures_csv(block.currency, "all", block.period));
  }
  return out;
}

}  // namespace arcollect
