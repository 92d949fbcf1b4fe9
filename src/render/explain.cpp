#include "render/explain.hpp"

#include <fmt/format.h>

#include "render/agenda.hpp"
#include "render/json.hpp"
#include "render/reason.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string invoice_list(const Book& book, const std::vector<std::size_t>& invoices) {
  std::string out;
  for (std::size_t i : invoices)
    out += fmt::format("{}{} (due {})", out.empty() ? "" : ", ", book.invoices[i].id,
                       format_date(book.invoices[i].due));
  return out;
}

std::string day_text(int day) {
  return day < 0 ? fmt::format("day {}", day) : fmt::format("day +{}", day);
}

std::string joined(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, " "));
}

Json ids(const Book& book, const std::vector<std::size_t>& invoices) {
  JsonArray list;
  for (std::size_t i : invoices) list.push_back(book.invoices[i].id);
  return list;
}

}  // namespace

std::string explain_text(const Book& book, const Explanation& x, bool color) {
  const Customer& customer = book.customers[x.customer];
  std::string out =
      paint(fmt::format("{}  {}: the {} ladder on {}", customer.id, customer.name,
                        customer.ladder.empty() ? "main" : customer.ladder, format_date(x.today)),
            Style::bold, color) +
      "\n";
  out += x.chased.empty() ? "Chased: nothing\n" : "Chased: " + invoice_list(book, x.chased) + "\n";
  if (!x.disputed.empty())
    out += "Disputed, so not chased: " + invoice_list(book, x.disputed) + "\n";
  if (!x.planned.empty())
    out += "Under a live plan, so not chased: " + invoice_list(book, x.planned) + "\n";

  out += "\n" + paint("Steps", Style::bold, color) + "\n";
  Table table;
  table.align = {Align::left, Align::left, Align::left, Align::left, Align::left};
  for (const StepRecord& r : x.steps)
    table.rows.push_back({"  " + r.step->name, day_text(r.step->day),
                          std::string(ladder_action_name(r.step->action)),
                          r.done ? "done " + format_date(*r.done) : "", r.file});
  out += render_table(table, color);
  for (const StepRecord& r : x.steps)
    if (!r.also_file.empty())
      out += fmt::format(
          "  {} was recorded twice that day, also in {}: it may have gone out "
          "twice\n",
          r.step->name, r.also_file);

  out += "\n" + paint("Today", Style::bold, color) + "\n";
  if (x.next_working_day)
    out += fmt::format("  nothing: a day off; the next working day is {}\n",
                       format_date(*x.next_working_day));
  else if (x.today_actions.empty())
    out += "  nothing\n";
  for (const AgendaAction& a : x.today_actions) {
    out += action_lines(a, "  ");
    out += "  " + reason_text(a.reason) + "\n";
    out += "  record it: " + joined(record_command(a)) + "\n";
  }

  out += "\n" + paint("Held back", Style::bold, color) + "\n";
  if (x.held_back.empty()) out += "  nothing\n";
  Table held;
  held.align = {Align::left, Align::left, Align::left};
  for (const UpcomingItem& u : x.held_back)
    held.rows.push_back({"  until " + format_date(u.date), std::string(upcoming_kind_name(u.kind)),
                         reason_text(u.what)});
  out += render_table(held, color);
  return out;
}

JsonObject explain_json(const Book& book, const Explanation& x) {
  JsonArray steps, today, held;
  for (const StepRecord& r : x.steps)
    steps.push_back(
        JsonObject{{"step", r.step->name},
                   {"day", r.step->day},
                   {"action", std::string(ladder_action_name(r.step->action))},
                   {"done", r.done ? Json{format_date(*r.done)} : Json{}},
                   {"file", text_or_null(ledger_path(r.file, book.display_root))},
                   {"also_file", text_or_null(ledger_path(r.also_file, book.display_root))}});
  for (const AgendaAction& a : x.today_actions) {
    JsonArray command;
    for (const std::string& word : record_command(a)) command.push_back(word);
    today.push_back(JsonObject{{"kind", std::string(kind_name(a.kind))},
                               {"step", text_or_null(a.step)},
                               {"action", std::string(ladder_action_name(a.channel))},
                               {"step_action", std::string(ladder_action_name(a.step_channel))},
                               {"reason", reason_text(a.reason)},
                               {"why", reason_json(a.reason)},
                               {"record", std::move(command)}});
  }
  for (const UpcomingItem& u : x.held_back)
    held.push_back(JsonObject{{"until", format_date(u.date)},
                              {"kind", std::string(upcoming_kind_name(u.kind))},
                              {"step", text_or_null(u.step)},
                              {"what", reason_text(u.what)},
                              {"why", reason_json(u.what)}});
  return JsonObject{
      {"customer", book.customers[x.customer].id},
      {"name", book.customers[x.customer].name},
      {"day_off", x.next_working_day.has_value()},
      {"next_working_day", x.next_working_day ? Json{format_date(*x.next_working_day)} : Json{}},
      // Invoice ids; elsewhere "disputed" is an amount.
      {"chased_invoices", ids(book, x.chased)},
      {"disputed_invoices", ids(book, x.disputed)},
      {"planned_invoices", ids(book, x.planned)},
      {"steps", std::move(steps)},
      {"today", std::move(today)},
      {"held_back", std::move(held)},
  };
}

}  // namespace arcollect
