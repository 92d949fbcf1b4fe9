#include "render/record_json.hpp"

namespace arcollect {

namespace {

Json date_or_null(const std::optional<Date>& day) {
  return day ? Json{format_date(*day)} : Json{};
}

}  // namespace

JsonObject contact_entry_json(const ContactEntry& e) {
  JsonArray invoices(e.invoices.begin(), e.invoices.end());
  return JsonObject{
      {"customer", e.customer},
      {"date", format_date(e.date)},
      {"channel", std::string(name_of(channel_names(), e.channel))},
      {"with", text_or_null(e.with)},
      {"step", text_or_null(e.step)},
      {"invoices", std::move(invoices)},
      {"outcome", std::string(name_of(outcome_names(), e.outcome))},
      {"promise_date", date_or_null(e.promise_date)},
      {"promise_amount", e.promise_amount ? money_json(*e.promise_amount) : Json{}},
      {"paused_until", date_or_null(e.paused_until)},
      {"note", text_or_null(e.note)},
      {"message_id", text_or_null(e.message_id)},
  };
}

JsonObject payment_json(const Payment& p) {
  return JsonObject{
      {"kind", p.kind == PaymentKind::credit ? "credit" : "payment"},
      {"customer", p.customer},
      {"date", format_date(p.date)},
      {"invoice", text_or_null(p.invoice)},
      {"amount", format_money(p.amount)},
      {"currency", p.amount.currency},
      {"ref", text_or_null(p.ref)},
      {"reason", text_or_null(p.reason)},
      {"bank_id", text_or_null(p.bank_id)},
  };
}

}  // namespace arcollect
