#include "render/import.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "render/json.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string_view outcome_name(LineOutcome outcome) {
  switch (outcome) {
    case LineOutcome::recorded:
      return "recorded";
    case LineOutcome::already_recorded:
      return "already-recorded";
    case LineOutcome::money_out:
      return "money-out";
    case LineOutcome::no_customer:
      return "no-customer";
    case LineOutcome::no_invoices:
      return "no-invoices";
  }
  return "";
}

std::string invoice_ids(const Book& book, const ImportedLine& line) {
  std::vector<std::string> ids;
  for (std::size_t i : line.invoices) ids.push_back(book.invoices[i].id);
  return fmt::format("{}", fmt::join(ids, ", "));
}

// How the line found its customer and invoices, in words.
std::string how(const Book& book, const ImportReport& report, const ImportedLine& line) {
  const std::string rule = fmt::format("{}:{}", report.rules, line.rule_line);
  if (line.matched_by == MatchedBy::invoice_number)
    return line.invoices.empty()
               ? fmt::format("oldest due first; customer by {} in the line, which owes nothing",
                             line.number_found)
               : fmt::format("{}: its number in the line", invoice_ids(book, line));
  if (line.exact_amount)
    return fmt::format("{}: its open amount; customer by {}", invoice_ids(book, line), rule);
  return fmt::format("oldest due first; customer by {}", rule);
}

std::string why_unmatched(const Book& book, const ImportReport& report, const ImportedLine& line) {
  if (line.outcome == LineOutcome::no_invoices)
    return fmt::format("{} (by {}:{}) has no invoice in {}; record it with 'arcollect pay'",
                       book.customers[*line.customer].id, report.rules, line.rule_line,
                       line.line.currency);
  return report.rules.empty()
             ? "from no customer: name the invoice in the reference, give --rules, or record it "
               "with 'arcollect pay'"
             : fmt::format(
                   "from no customer: add a [[match]] rule to {}, or record it with "
                   "'arcollect pay'",
                   report.rules);
}

std::vector<Cell> line_cells(const ImportedLine& line) {
  return {fmt::format("line {}", line.line.line), format_date(line.line.date),
          money_text(line.line.amount_minor, line.line.currency)};
}

}  // namespace

std::string import_text(const Book& book, const ImportReport& report) {
  const ImportPlan& plan = report.plan;
  std::string out;
  if (!report.file.path.empty())
    out +=
        fmt::format("{} {}\n", report.file.written ? "Recorded" : "Would write", report.file.path);
  else
    out += "Nothing new to record\n";
  Table paid, unmatched, out_going, skipped;
  for (Table* t : {&paid, &unmatched, &out_going, &skipped})
    t->align = {Align::left, Align::left, Align::right, Align::left, Align::left};
  for (const ImportedLine& line : plan.lines) {
    std::vector<Cell> row = line_cells(line);
    switch (line.outcome) {
      case LineOutcome::recorded:
        row.push_back(book.customers[*line.customer].id);
        row.push_back(how(book, report, line));
        paid.rows.push_back(std::move(row));
        break;
      case LineOutcome::no_customer:
      case LineOutcome::no_invoices:
        row.push_back(line.line.description);
        row.push_back(why_unmatched(book, report, line));
        unmatched.rows.push_back(std::move(row));
        break;
      case LineOutcome::money_out:
        row.push_back(line.line.description);
        out_going.rows.push_back(std::move(row));
        break;
      case LineOutcome::already_recorded:
        row.push_back(line.line.description);
        row.push_back(!line.recorded_as ? std::string("the same bank_id as a line above")
                      : line.by_hand
                          ? "by hand in " + book.files[book.payments[*line.recorded_as].pos.file] +
                                ": the same customer, day and amount"
                          : "in " + book.files[book.payments[*line.recorded_as].pos.file]);
        skipped.rows.push_back(std::move(row));
        break;
    }
  }
  auto section = [&](const std::string& title, const Table& table) {
    if (table.rows.empty()) return;
    out += "\n" + title + "\n";
    const std::string text = render_table(table, false);
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      out += "  " + text.substr(at, end - at) + "\n";
      at = end + 1;
    }
  };
  section("Payments", paid);
  section("Unmatched: nothing is written for these", unmatched);
  section("Money out or nothing in: not payments from customers", out_going);
  section("Already recorded: skipped", skipped);
  out += fmt::format(
      "\n{} recorded, {} already recorded, {} unmatched, {} money out{}\n", plan.recorded,
      plan.already_recorded, plan.unmatched, plan.money_out,
      report.left_out ? fmt::format(", {} left out by the rules' skip_when", report.left_out) : "");
  return out;
}

JsonObject import_json(const Book& book, const ImportReport& report) {
  const ImportPlan& plan = report.plan;
  const std::string rules = ledger_path(report.rules, book.display_root);
  JsonArray lines;
  for (const ImportedLine& line : plan.lines) {
    JsonArray invoices;
    for (std::size_t i : line.invoices) invoices.push_back(book.invoices[i].id);
    Json matched_by;
    if (line.customer)
      matched_by = line.matched_by == MatchedBy::invoice_number
                       ? Json{"invoice-number"}
                       : Json{fmt::format("{}:{}", rules, line.rule_line)};
    Json recorded_in;
    if (line.recorded_as)
      recorded_in =
          ledger_path(book.files[book.payments[*line.recorded_as].pos.file], book.display_root);
    lines.push_back(JsonObject{
        {"line", static_cast<std::int64_t>(line.line.line)},
        {"date", format_date(line.line.date)},
        {"amount", format_amount(line.line.amount_minor, line.line.currency)},
        {"currency", line.line.currency},
        {"description", text_or_null(line.line.description)},
        {"ref", text_or_null(line.line.reference)},
        {"bank_id", text_or_null(line.bank_id)},
        {"outcome", std::string(outcome_name(line.outcome))},
        {"customer", line.customer ? Json{book.customers[*line.customer].id} : Json{}},
        {"matched_by", std::move(matched_by)},
        {"invoices", std::move(invoices)},
        {"exact_amount", line.exact_amount},
        {"recorded_in", std::move(recorded_in)},
        {"recorded_by_hand", line.by_hand},
    });
  }
  JsonObject out = files_json(report.file.path.empty() ? std::vector<RecordFile>{}
                                                       : std::vector<RecordFile>{report.file});
  JsonObject body{
      {"statement", report.statement},
      {"rules", text_or_null(rules)},
      {"recorded", plan.recorded},
      {"already_recorded", plan.already_recorded},
      {"unmatched", plan.unmatched},
      {"money_out", plan.money_out},
      {"left_out", static_cast<std::int64_t>(report.left_out)},
      {"lines", std::move(lines)},
  };
  body.insert(body.begin() + 2, out.begin(), out.end());
  return body;
}

}  // namespace arcollect
