#include "render/forecast.hpp"

#include <fmt/format.h>

#include "render/chart.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/reason.hpp"
#include "render/svg.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string basis_text(const ForecastItem& item) {
  return std::string(expected_from_name(item.basis)) + (item.pay_run ? ", pay run" : "");
}

// "1".."13", or "later".
std::string week_label(const ForecastReport& report, int week) {
  return week < report.weeks ? std::to_string(week + 1) : "later";
}

Table week_table(const ForecastBlock& block) {
  auto money = [&](std::int64_t minor) { return format_amount(minor, block.currency, true); };
  Table table;
  table.header = {"Week", "From", "To", "Expected", "Low", "High"};
  for (auto& cell : table.header) cell.style = Style::bold;
  table.align = {Align::left, Align::left, Align::left, Align::right, Align::right, Align::right};
  for (std::size_t w = 0; w < block.weeks.size(); ++w) {
    const ForecastWeek& week = block.weeks[w];
    table.rows.push_back({std::to_string(w + 1), format_date(week.from), format_date(week.to),
                          money(week.expected), money(week.low), money(week.high)});
  }
  table.rows.push_back({"Later", format_date(block.later.from), "", money(block.later.expected),
                        money(block.later.low), money(block.later.high)});
  table.rows.push_back({"At risk", "", "", money(block.at_risk)});
  table.footer.push_back(
      {Cell{"Total", Style::bold}, "", "", Cell{money(block.outstanding), Style::bold}});
  return table;
}

Table invoice_table(const Book& book, const ForecastReport& report, const ForecastBlock& block) {
  Table table;
  table.header = {"Invoice", "Customer", "Due",  "Balance", "Expected",
                  "Early",   "Late",     "Week", "Basis"};
  for (auto& cell : table.header) cell.style = Style::bold;
  table.align = {Align::left, Align::left, Align::left,  Align::right, Align::left,
                 Align::left, Align::left, Align::right, Align::left};
  for (const ForecastItem& item : block.items) {
    const Invoice& inv = book.invoices[item.invoice];
    std::string balance = format_amount(item.balance, block.currency, true);
    if (item.at_risk.has_value()) {
      table.rows.push_back({inv.id, inv.customer, format_date(inv.due), balance, "", "", "", "risk",
                            reason_text(*item.at_risk)});
      continue;
    }
    table.rows.push_back({inv.id, inv.customer, format_date(inv.due), balance,
                          format_date(item.expected), format_date(item.early),
                          format_date(item.late), week_label(report, *item.week),
                          basis_text(item)});
  }
  table.footer.push_back(
      {Cell{"Total", Style::bold}, "", "",
       Cell{format_amount(block.outstanding, block.currency, true), Style::bold}});
  return table;
}

const std::vector<ChartSeries>& range_series() {
  static const std::vector<ChartSeries> series = {{"low", Style::green, "█", "#", "#2e7d32"},
                                                  {"expected", Style::cyan, "▓", "=", "#0277bd"},
                                                  {"high", Style::dim, "░", ".", "#b3d4ea"}};
  return series;
}

// Each week's bar: solid up to its low (sure), then up to what is expected, then faint up to
// its high (possible); low <= expected <= high by construction (see collect/forecast).
std::vector<StackedBar> week_bars(const ForecastBlock& block) {
  auto bar = [&](std::string label, const ForecastWeek& week) {
    const std::string& cur = block.currency;
    return StackedBar{
        std::move(label),
        {week.low, week.expected - week.low, week.high - week.expected},
        fmt::format("{} ({} to {})", format_amount(week.expected, cur, true),
                    format_amount(week.low, cur, true), format_amount(week.high, cur, true))};
  };
  std::vector<StackedBar> bars;
  for (std::size_t w = 0; w < block.weeks.size(); ++w)
    bars.push_back(
        bar(fmt::format("{:>2} {}", w + 1, format_day_month(block.weeks[w].from)), block.weeks[w]));
  if (block.later.high) bars.push_back(bar("later", block.later));
  return bars;
}

std::string chart_title(const ForecastBlock& block) {
  return block.currency + " expected per week, and its range from low to high";
}

std::string at_risk_list(const Book& book, const ForecastBlock& block) {
  std::string out;
  for (const ForecastItem& item : block.items)
    if (item.at_risk.has_value())
      out += fmt::format("  {}  {}  {}: {}\n", book.invoices[item.invoice].id,
                         book.invoices[item.invoice].customer,
                         format_amount(item.balance, block.currency, true),
                         reason_text(*item.at_risk));
  return out;
}

JsonObject week_json(const ForecastWeek& week, const std::string& currency) {
  return JsonObject{{"from", format_date(week.from)},
                    {"to", week.to == Date{} ? Json{} : Json{format_date(week.to)}},
                    {"expected", format_amount(week.expected, currency)},
                    {"low", format_amount(week.low, currency)},
                    {"high", format_amount(week.high, currency)}};
}

}  // namespace

std::string forecast_text(const Book& book, const ForecastReport& report, ForecastRows rows,
                          ChartInk ink, bool color) {
  std::string out = paint(fmt::format("Cash forecast from {}, {} week{}", format_date(report.as_of),
                                      report.weeks, report.weeks == 1 ? "" : "s"),
                          Style::bold, color) +
                    "\n";
  if (report.blocks.empty()) return out + "\nNothing is owed.\n";
  for (const ForecastBlock& block : report.blocks) {
    out += "\n" + paint(block.currency, Style::bold, color) + "\n";
    if (rows == ForecastRows::invoice) {
      out += render_table(invoice_table(book, report, block), color);
      continue;
    }
    out += render_table(week_table(block), color);
    out +=
        "\n" + chart_title(block) + "\n" + stacked_chart(week_bars(block), range_series(), 40, ink);
    if (block.at_risk) out += "\nAt risk\n" + at_risk_list(book, block);
  }
  if (rows == ForecastRows::week)
    out +=
        "\nLow counts the invoices whose early and late dates both fall in the week; High "
        "those\nwhose range from early to late touches it. See arcollect-forecast(1).\n";
  return out;
}

std::string forecast_svg(const ForecastReport& report) {
  std::vector<SvgBarSection> sections;
  for (const ForecastBlock& block : report.blocks)
    sections.push_back({chart_title(block), week_bars(block)});
  return svg_bar_chart(fmt::format("Cash forecast from {}", format_date(report.as_of)), sections,
                       range_series());
}

JsonObject forecast_json(const Book& book, const ForecastReport& report) {
  JsonArray blocks;
  for (const ForecastBlock& block : report.blocks) {
    const std::string& cur = block.currency;
    JsonArray weeks;
    for (std::size_t w = 0; w < block.weeks.size(); ++w) {
      JsonObject week = week_json(block.weeks[w], cur);
      week.insert(week.begin(), {"week", static_cast<int>(w + 1)});
      weeks.push_back(std::move(week));
    }
    JsonArray invoices;
    for (const ForecastItem& item : block.items) {
      const Invoice& inv = book.invoices[item.invoice];
      bool risk = item.at_risk.has_value();
      invoices.push_back(JsonObject{
          {"invoice", inv.id},
          {"customer", inv.customer},
          {"due", format_date(inv.due)},
          {"balance", format_amount(item.balance, cur)},
          {"expected", risk ? Json{} : Json{format_date(item.expected)}},
          {"early", risk ? Json{} : Json{format_date(item.early)}},
          {"late", risk ? Json{} : Json{format_date(item.late)}},
          // Weeks count from 1; null after the last week (in "later") or at risk.
          {"week", risk || *item.week >= report.weeks ? Json{} : Json{*item.week + 1}},
          {"basis", risk ? Json{} : Json{std::string(expected_from_name(item.basis))}},
          {"pay_run", item.pay_run},
          {"at_risk", risk ? Json{reason_text(*item.at_risk)} : Json{}},
      });
    }
    blocks.push_back(JsonObject{{"currency", cur},
                                {"outstanding", format_amount(block.outstanding, cur)},
                                {"weeks", std::move(weeks)},
                                {"later", week_json(block.later, cur)},
                                {"at_risk", format_amount(block.at_risk, cur)},
                                {"invoices", std::move(invoices)}});
  }
  return JsonObject{{"week_count", report.weeks}, {"currencies", std::move(blocks)}};
}

std::string forecast_csv(const Book& book, const ForecastReport& report, ForecastRows rows) {
  std::string out;
  if (rows == ForecastRows::invoice) {
    out += csv_row({"currency", "invoice", "customer", "due", "balance", "expected", "early",
                    "late", "week", "basis", "pay_run", "at_risk"});
    for (const ForecastBlock& block : report.blocks)
      for (const ForecastItem& item : block.items) {
        const Invoice& inv = book.invoices[item.invoice];
        bool risk = item.at_risk.has_value();
        out +=
            csv_row({block.currency, inv.id, inv.customer, format_date(inv.due),
                     format_amount(item.balance, block.currency),
                     risk ? "" : format_date(item.expected), risk ? "" : format_date(item.early),
                     risk ? "" : format_date(item.late), risk ? "" : week_label(report, *item.week),
                     risk ? "" : std::string(expected_from_name(item.basis)),
                     item.pay_run ? "yes" : "no", risk ? reason_text(*item.at_risk) : ""});
      }
    return out;
  }
  out += csv_row({"currency", "week", "from", "to", "expected", "low", "high"});
  for (const ForecastBlock& block : report.blocks) {
    auto money = [&](std::int64_t minor) { return format_amount(minor, block.currency); };
    for (std::size_t w = 0; w < block.weeks.size(); ++w) {
      const ForecastWeek& week = block.weeks[w];
      out +=
          csv_row({block.currency, std::to_string(w + 1), format_date(week.from),
                   format_date(week.to), money(week.expected), money(week.low), money(week.high)});
    }
    out += csv_row({block.currency, "later", format_date(block.later.from), "",
                    money(block.later.expected), money(block.later.low), money(block.later.high)});
    out += csv_row({block.currency, "at-risk", "", "", money(block.at_risk), "", ""});
  }
  return out;
}

}  // namespace arcollect
