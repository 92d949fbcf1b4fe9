#include "render/agenda.hpp"

#include <fmt/format.h>

#include "collect/contacts.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/reason.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string money(const Money& m, bool grouping = true) {
  return format_money(m, grouping) + " " + m.currency;
}

std::string owed_text(const std::vector<Money>& owed, bool grouping = true) {
  std::string out;
  for (const auto& m : owed) out += (out.empty() ? "" : " + ") + money(m, grouping);
  return out;
}

const char* group_title(AgendaGroup group) {
  switch (group) {
    case AgendaGroup::calls:
      return "Calls";
    case AgendaGroup::emails:
      return "Emails";
    case AgendaGroup::letters:
      return "Letters";
    case AgendaGroup::holds:
      return "Holds";
    case AgendaGroup::disputes:
      return "Disputes";
    case AgendaGroup::promises:
      return "Promises to check";
  }
  return "";
}

// "Martin Cole (finance)", or a note that nobody has the role; an individual is just itself.
std::string person(const AgendaAction& a) {
  if (a.individual) return a.contact_name.empty() ? a.name : a.contact_name;
  if (!a.contact_name.empty() && a.contact_role != a.role)
    return fmt::format("{} ({}; no {} contact on file)", a.contact_name, a.contact_role, a.role);
  if (!a.contact_name.empty()) return fmt::format("{} ({})", a.contact_name, a.role);
  return fmt::format("{} (no {} contact on file)", a.name, a.role);
}

std::string what_to_do(const AgendaAction& a) {
  switch (a.channel) {
    case LadderAction::call:
    case LadderAction::visit: {
      std::string verb = a.channel == LadderAction::call ? "Call" : "Visit";
      std::string phone = !a.phone.empty() ? " on " + a.phone : "";
      return fmt::format("{} {}{}{}", verb, person(a), phone,
                         a.kind == ActionKind::resolve_dispute ? " to resolve the dispute" : "");
    }
    case LadderAction::email:
      return fmt::format(
          "Email {}{}{}", person(a), a.email.empty() ? "" : " <" + a.email + ">",
          a.cc_email.empty() ? "" : fmt::format(", cc {} <{}>", a.cc_role, a.cc_email));
    case LadderAction::letter:
      return "Send a letter to " + person(a);
    case LadderAction::notice:
      return "Send the notice of intended legal action to " + person(a);
    case LadderAction::hold:
      return "Freeze the account: no new work until it is paid";
    case LadderAction::agency:
      return "Refer the debt to a collection agency or the small-claims court";
  }
  return "";
}

const char* channel_noun(LadderAction channel) {
  switch (channel) {
    case LadderAction::email:
      return "an email";
    case LadderAction::call:
      return "a call";
    case LadderAction::letter:
      return "a letter";
    default:
      return "a contact";
  }
}

// Why the action is offered on another channel, or cannot be carried out, and what to fix.
std::string gap_note(const AgendaAction& a) {
  const char* missing = a.gap == ContactGap::email   ? "no email address"
                        : a.gap == ContactGap::phone ? "no phone number"
                                                     : "no email address or phone number";
  std::string offered = a.channel == a.step_channel
                            ? "it cannot be done as it is"
                            : fmt::format("{} instead", channel_noun(a.channel));
  return fmt::format("(the step asks for {}; {} is on file, so {}: add {} to {})",
                     channel_noun(a.step_channel), missing, offered,
                     a.gap == ContactGap::email_and_phone ? "them" : "it", a.fix_file);
}

Json invoice_list(const AgendaAction& a) {
  JsonArray list;
  for (const auto& inv : a.invoices)
    list.push_back(JsonObject{{"invoice", inv.id},
                              {"balance", format_money(inv.balance)},
                              {"currency", inv.balance.currency},
                              {"due", format_date(inv.due)},
                              {"days", inv.days}});
  return list;
}

JsonArray upcoming_json(const Agenda& agenda) {
  JsonArray list;
  for (const auto& u : agenda.upcoming)
    list.push_back(JsonObject{{"date", format_date(u.date)},
                              {"customer", u.customer},
                              {"name", u.name},
                              {"what", reason_text(u.what)},
                              {"why", reason_json(u.what)}});
  return list;
}

}  // namespace

std::string action_lines(const AgendaAction& a, std::string_view indent) {
  std::string out = fmt::format("{}{}{}\n", indent, what_to_do(a),
                                a.step.empty() ? "" : " [step: " + a.step + "]");
  if (a.gap != ContactGap::none) out += fmt::format("{}{}\n", indent, gap_note(a));
  return out;
}

std::vector<std::string> record_command(const AgendaAction& a) {
  if (!a.step.empty()) return {"arcollect", "due", "--done", a.step, a.customer};
  return {"arcollect", "log", a.customer, "--channel",
          std::string(name_of(channel_names(), channel_for(a.channel)))};
}

std::string agenda_text(const Agenda& agenda, bool with_upcoming, bool color) {
  bool upcoming = with_upcoming && !agenda.upcoming.empty();
  if (agenda.actions.empty() && !upcoming) return "";
  std::string out;
  std::size_t n = agenda.actions.size();
  out += paint(fmt::format("Agenda for {}: {} action{}", format_date(agenda.today), n,
                           n == 1 ? "" : "s"),
               Style::bold, color) +
         "\n";
  std::optional<AgendaGroup> group;
  for (const auto& a : agenda.actions) {
    if (group != a.group) {
      group = a.group;
      out += "\n" + paint(group_title(a.group), Style::bold, color) + "\n";
    }
    std::string oldest = a.days > 0    ? ", oldest " + day_count(a.days) + " overdue"
                         : a.days == 0 ? ", due today"
                                       : ", due in " + day_count(-a.days);
    out += fmt::format("  {}  {}: {} owed{}\n", paint(a.customer, Style::bold, color), a.name,
                       owed_text(a.owed), oldest);
    out += action_lines(a, "    ");
    out += "    " + paint(reason_text(a.reason), a.days > 0 ? Style::yellow : Style::plain, color) +
           "\n";
    Table table;
    table.align = {Align::left, Align::right, Align::left, Align::left};
    for (const auto& inv : a.invoices)
      table.rows.push_back({"    " + inv.id, format_money(inv.balance, true), inv.balance.currency,
                            inv.days > 0    ? day_count(inv.days) + " overdue"
                            : inv.days == 0 ? std::string("due today")
                                            : "due " + format_date(inv.due)});
    out += render_table(table, color);
  }
  if (upcoming) {
    out += "\n" + paint("Upcoming", Style::bold, color) + "\n";
    Table table;
    table.align = {Align::left, Align::left, Align::left};
    for (const auto& u : agenda.upcoming)
      table.rows.push_back({"  " + format_date(u.date), u.customer, reason_text(u.what)});
    out += render_table(table, color);
  }
  return out;
}

JsonObject agenda_json(const Agenda& agenda, bool with_upcoming, std::string_view book_root) {
  JsonArray actions;
  for (const auto& a : agenda.actions) {
    std::vector<std::string> record = record_command(a);
    actions.push_back(JsonObject{
        {"group", std::string(group_name(a.group))},
        {"kind", std::string(kind_name(a.kind))},
        {"customer", a.customer},
        {"name", a.name},
        {"step", text_or_null(a.step)},
        {"action", std::string(ladder_action_name(a.channel))},
        {"step_action", std::string(ladder_action_name(a.step_channel))},
        {"missing", a.gap == ContactGap::none ? Json{} : Json{std::string(gap_name(a.gap))}},
        {"fix", text_or_null(ledger_path(a.fix_file, book_root))},
        {"to", JsonObject{{"role", text_or_null(a.role)},
                          {"name", text_or_null(a.contact_name)},
                          {"contact_role", text_or_null(a.contact_role)},
                          {"phone", text_or_null(a.phone)},
                          {"email", text_or_null(a.email)}}},
        // The same shape as a letter's cc: who, or null.
        {"cc", a.cc_email.empty() ? Json{}
                                  : Json{JsonObject{{"role", a.cc_role},
                                                    {"name", text_or_null(a.cc_name)},
                                                    {"email", a.cc_email}}}},
        {"owed", owed_json(a.owed)},
        {"days", a.days},
        {"priority", a.priority},
        {"reason", reason_text(a.reason)},
        {"why", reason_json(a.reason)},
        {"invoices", invoice_list(a)},
        {"record", JsonArray(record.begin(), record.end())},
    });
  }
  JsonObject root{{"actions", std::move(actions)}};
  if (with_upcoming) root.emplace_back("upcoming", upcoming_json(agenda));
  return root;
}

std::string agenda_csv(const Agenda& agenda) {
  if (agenda.actions.empty()) return "";
  std::string out =
      csv_row({"date", "group", "kind", "customer", "name", "step", "action", "role", "contact",
               "phone", "email", "cc", "invoices", "owed", "days", "priority", "reason"});
  for (const auto& a : agenda.actions) {
    std::string ids;
    for (const auto& inv : a.invoices) ids += (ids.empty() ? "" : " ") + inv.id;
    out += csv_row({format_date(agenda.today), std::string(group_name(a.group)),
                    std::string(kind_name(a.kind)), a.customer, a.name, a.step,
                    std::string(ladder_action_name(a.channel)), a.role, a.contact_name, a.phone,
                    a.email, a.cc_email, ids, owed_text(a.owed, false), std::to_string(a.days),
                    std::to_string(a.priority), reason_text(a.reason)});
  }
  return out;
}

std::string holds_text(const Agenda& agenda, bool color) {
  if (agenda.holds.empty()) return "";
  std::string out =
      paint(fmt::format("Accounts on hold at {}", format_date(agenda.today)), Style::bold, color) +
      "\n";
  Table table;
  table.align = {Align::left, Align::left, Align::right, Align::left};
  for (const auto& h : agenda.holds)
    table.rows.push_back({"  " + h.customer, h.name, owed_text(h.owed), reason_text(h.reason)});
  return out + render_table(table, color);
}

JsonObject holds_json(const Agenda& agenda) {
  JsonArray holds;
  for (const auto& h : agenda.holds)
    holds.push_back(JsonObject{{"customer", h.customer},
                               {"name", h.name},
                               {"owed", owed_json(h.owed)},
                               {"reason", reason_text(h.reason)},
                               {"why", reason_json(h.reason)}});
  return JsonObject{{"holds", std::move(holds)}};
}

std::string holds_csv(const Agenda& agenda) {
  if (agenda.holds.empty()) return "";
  std::string out = csv_row({"date", "customer", "name", "owed", "reason"});
  for (const auto& h : agenda.holds)
    out += csv_row({format_date(agenda.today), h.customer, h.name, owed_text(h.owed, false),
                    reason_text(h.reason)});
  return out;
}

}  // namespace arcollect
