#include "render/aging.hpp"

#include <fmt/format.h>

#include <cctype>

#include "render/chart.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace arcollect {

const char* basis_name(AgingBasis basis) {
  return basis == AgingBasis::due ? "due" : "issued";
}

namespace {

bool by_invoice(const AgingReport& report) {
  return report.by == AgingGroup::invoice;
}

// Text cells: blank for zero, grouped thousands, the oldest buckets coloured.
Cell bucket_cell(std::int64_t minor, const std::string& currency, std::size_t bucket,
                 std::size_t buckets) {
  if (minor == 0) return Cell{};
  Style style = bucket + 1 == buckets                  ? Style::red
                : bucket + 2 == buckets && buckets > 2 ? Style::yellow
                                                       : Style::plain;
  return Cell{format_amount(minor, currency, true), style};
}

// Days past the basis date; blank when nothing is past it yet.
std::string days_cell(int days) {
  return days > 0 ? std::to_string(days) : "";
}

Table block_table(const AgingReport& report, const AgingBlock& block) {
  const std::size_t width = report.labels.size();
  bool any_disputed = block.disputed != 0;
  bool any_credit = block.credit != 0;
  Table table;
  if (by_invoice(report)) {
    table.header = {"Invoice", "Customer", report.basis == AgingBasis::due ? "Due" : "Issued",
                    "Days"};
    table.align = {Align::left, Align::left, Align::left, Align::right};
  } else {
    table.header = {"Customer", "Days"};
    table.align = {Align::left, Align::right};
  }
  std::size_t lead = table.header.size();
  for (const auto& label : report.labels) {
    std::string title = label;
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    table.header.emplace_back(title);
    table.align.push_back(Align::right);
  }
  table.header.emplace_back("Total");
  table.align.push_back(Align::right);
  if (any_credit) {
    table.header.emplace_back("Credit");
    table.align.push_back(Align::right);
  }
  if (any_disputed) {
    table.header.emplace_back("Disputed");
    table.align.push_back(by_invoice(report) ? Align::left : Align::right);
  }
  for (auto& cell : table.header) cell.style = Style::bold;

  for (const auto& row : block.rows) {
    std::vector<Cell> cells;
    if (by_invoice(report)) {
      cells = {row.invoice, row.customer,
               format_date(report.basis == AgingBasis::due ? row.due : row.issued),
               days_cell(row.days)};
    } else {
      cells = {row.customer, row.total > 0 ? days_cell(row.days) : ""};
    }
    for (std::size_t b = 0; b < width; ++b)
      cells.push_back(bucket_cell(row.buckets[b], block.currency, b, width));
    cells.emplace_back(format_amount(row.total, block.currency, true));
    if (any_credit)
      cells.push_back(row.credit ? Cell{format_amount(row.credit, block.currency, true)} : Cell{});
    if (any_disputed) {
      if (by_invoice(report))
        cells.emplace_back(row.dispute);
      else
        cells.push_back(row.disputed ? Cell{format_amount(row.disputed, block.currency, true)}
                                     : Cell{});
    }
    table.rows.push_back(std::move(cells));
  }

  std::vector<Cell> total(lead);
  total[0] = Cell{"Total", Style::bold};
  for (std::size_t b = 0; b < width; ++b)
    total.emplace_back(format_amount(block.buckets[b], block.currency, true), Style::bold);
  total.emplace_back(format_amount(block.total, block.currency, true), Style::bold);
  if (any_credit)
    total.emplace_back(format_amount(block.credit, block.currency, true), Style::bold);
  if (any_disputed)
    total.emplace_back(format_amount(block.disputed, block.currency, true), Style::bold);
  table.footer.push_back(std::move(total));
  return table;
}

Json days_or_null(const std::optional<int>& days) {
  return days ? Json{*days} : Json{};
}

}  // namespace

Json buckets_json(const std::vector<AgeRange>& ranges, const std::vector<std::int64_t>& amounts,
                  const std::string& currency) {
  JsonArray list;
  for (std::size_t b = 0; b < ranges.size() && b < amounts.size(); ++b)
    list.push_back(JsonObject{{"from", days_or_null(ranges[b].from)},
                              {"to", days_or_null(ranges[b].to)},
                              {"amount", format_amount(amounts[b], currency)}});
  return list;
}

std::string aging_text(const AgingReport& report, bool color) {
  std::string out =
      paint(fmt::format("Aging at {}, by {} date{}", format_date(report.as_of),
                        basis_name(report.basis), by_invoice(report) ? ", per invoice" : ""),
            Style::bold, color) +
      "\n";
  if (report.blocks.empty()) return out + "\nNothing is owed.\n";
  for (const auto& block : report.blocks) {
    out += "\n" + paint(block.currency, Style::bold, color) + "\n";
    out += render_table(block_table(report, block), color);
  }
  return out;
}

JsonObject aging_json(const AgingReport& report) {
  JsonArray buckets;
  for (std::size_t b = 0; b < report.ranges.size(); ++b)
    buckets.push_back(JsonObject{{"label", report.labels[b]},
                                 {"from", days_or_null(report.ranges[b].from)},
                                 {"to", days_or_null(report.ranges[b].to)}});
  JsonArray blocks;
  for (const auto& block : report.blocks) {
    const std::string& cur = block.currency;
    JsonArray rows;
    for (const auto& row : block.rows) {
      if (by_invoice(report)) {
        rows.push_back(JsonObject{
            {"invoice", row.invoice},
            {"customer", row.customer},
            {"name", row.name},
            {"issued", format_date(row.issued)},
            {"due", format_date(row.due)},
            {"days", row.days},
            {"bucket", JsonObject{{"from", days_or_null(report.ranges[row.bucket].from)},
                                  {"to", days_or_null(report.ranges[row.bucket].to)}}},
            {"amount", format_amount(row.amount, cur)},
            {"paid", format_amount(row.paid, cur)},
            {"balance", format_amount(row.total, cur)},
            {"disputed", format_amount(row.disputed, cur)},
            {"dispute", text_or_null(row.dispute)},
        });
      } else {
        rows.push_back(JsonObject{
            {"customer", row.customer},
            {"name", row.name},
            {"days", row.days},
            {"buckets", buckets_json(report.ranges, row.buckets, cur)},
            {"total", format_amount(row.total, cur)},
            {"disputed", format_amount(row.disputed, cur)},
            {"credit", format_amount(row.credit, cur)},
        });
      }
    }
    blocks.push_back(JsonObject{
        {"currency", cur},
        {"rows", std::move(rows)},
        {"totals", JsonObject{{"buckets", buckets_json(report.ranges, block.buckets, cur)},
                              {"total", format_amount(block.total, cur)},
                              {"disputed", format_amount(block.disputed, cur)},
                              {"credit", format_amount(block.credit, cur)}}},
    });
  }
  return JsonObject{
      {"basis", basis_name(report.basis)},
      {"by", by_invoice(report) ? "invoice" : "customer"},
      {"buckets", std::move(buckets)},
      {"currencies", std::move(blocks)},
  };
}

std::string aging_csv(const AgingReport& report) {
  std::string out;
  if (by_invoice(report)) {
    out += csv_row({"currency", "customer", "invoice", "issued", "due", "days", "bucket", "amount",
                    "paid", "balance", "dispute"});
    for (const auto& block : report.blocks)
      for (const auto& row : block.rows) {
        out += csv_row({block.currency, row.customer, row.invoice, format_date(row.issued),
                        format_date(row.due), std::to_string(row.days), report.labels[row.bucket],
                        format_amount(row.amount, block.currency),
                        format_amount(row.paid, block.currency),
                        format_amount(row.total, block.currency), row.dispute});
      }
    return out;
  }
  std::vector<std::string> header = {"currency", "customer", "name", "days"};
  header.insert(header.end(), report.labels.begin(), report.labels.end());
  for (const char* column : {"total", "disputed", "credit"}) header.emplace_back(column);
  out += csv_row(header);
  for (const auto& block : report.blocks)
    for (const auto& row : block.rows) {
      std::vector<std::string> fields = {block.currency, row.customer, row.name,
                                         std::to_string(row.days)};
      for (auto minor : row.buckets) fields.push_back(format_amount(minor, block.currency));
      fields.push_back(format_amount(row.total, block.currency));
      fields.push_back(format_amount(row.disputed, block.currency));
      fields.push_back(format_amount(row.credit, block.currency));
      out += csv_row(fields);
    }
  return out;
}

}  // namespace arcollect
