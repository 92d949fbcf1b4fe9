#include "ledger/record_writer.hpp"

#include <fmt/format.h>

namespace arcollect {

std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7f)
          out += fmt::format("\\u{:04X}", c);
        else
          out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string contact_toml(const ContactEntry& e) {
  std::string out = "[[contact]]\n";
  out += "date = " + format_date(e.date) + "\n";
  out += "customer = " + toml_string(e.customer) + "\n";
  if (!e.invoices.empty()) {
    out += "invoices = [";
    for (std::size_t i = 0; i < e.invoices.size(); ++i)
      out += (i ? ", " : "") + toml_string(e.invoices[i]);
    out += "]\n";
  }
  out += fmt::format("channel = \"{}\"\n", name_of(channel_names(), e.channel));
  if (!e.with.empty()) out += "with = " + toml_string(e.with) + "\n";
  if (!e.step.empty()) out += "step = " + toml_string(e.step) + "\n";
  out += fmt::format("outcome = \"{}\"\n", name_of(outcome_names(), e.outcome));
  if (e.promise_date) out += "promise_date = " + format_date(*e.promise_date) + "\n";
  if (e.promise_amount) out += "promise_amount = \"" + format_money(*e.promise_amount) + "\"\n";
  if (e.paused_until) out += "paused_until = " + format_date(*e.paused_until) + "\n";
  if (!e.note.empty()) out += "note = " + toml_string(e.note) + "\n";
  if (!e.message_id.empty()) out += "message_id = " + toml_string(e.message_id) + "\n";
  if (e.sending) out += "sending = true\n";
  return out;
}

std::string payment_toml(const Payment& p) {
  std::string out = p.kind == PaymentKind::credit ? "[[credit]]\n" : "[[payment]]\n";
  out += "date = " + format_date(p.date) + "\n";
  out += "customer = " + toml_string(p.customer) + "\n";
  if (!p.invoice.empty()) out += "invoice = " + toml_string(p.invoice) + "\n";
  out += "amount = \"" + format_money(p.amount) + "\"\n";
  out += "currency = " + toml_string(p.amount.currency) + "\n";
  if (!p.ref.empty()) out += "ref = " + toml_string(p.ref) + "\n";
  if (!p.bank_id.empty()) out += "bank_id = " + toml_string(p.bank_id) + "\n";
  if (!p.reason.empty()) out += "reason = " + toml_string(p.reason) + "\n";
  return out;
}

std::string plan_toml(const Plan& plan) {
  std::string out = "[[plan]]\n";
  out += "id = " + toml_string(plan.id) + "\n";
  out += "customer = " + toml_string(plan.customer) + "\n";
  out += "invoices = [";
  for (std::size_t i = 0; i < plan.invoices.size(); ++i)
    out += (i ? ", " : "") + toml_string(plan.invoices[i]);
  out += "]\n";
  out += "agreed = " + format_date(plan.agreed) + "\n";
  out += "installments = [\n";
  for (const Installment& item : plan.installments)
    out += "  { due = " + format_date(item.due) + ", amount = \"" + format_money(item.amount) +
           "\" },\n";
  out += "]\n";
  return out;
}

std::string rate_toml(const RateRecord& rate) {
  std::string out = "[[rate]]\n";
  out += "series = " + toml_string(name_of(rate_series_names(), rate.series)) + "\n";
  out += "from = " + format_date(rate.from) + "\n";
  out += "percent = \"" + format_minor(rate.percent.units, rate.percent.scale) + "\"\n";
  out += "source = " + toml_string(rate.source) + "\n";
  return out;
}

std::string invoice_toml(const Invoice& inv) {
  std::string out = "[[invoice]]\n";
  out += "id = " + toml_string(inv.id) + "\n";
  out += "customer = " + toml_string(inv.customer) + "\n";
  out += "issued = " + format_date(inv.issued) + "\n";
  if (inv.due_given) out += "due = " + format_date(*inv.due_given) + "\n";
  out += "amount = \"" + format_money(inv.amount) + "\"\n";
  out += "currency = " + toml_string(inv.amount.currency) + "\n";
  if (!inv.po.empty()) out += "po = " + toml_string(inv.po) + "\n";
  if (!inv.description.empty()) out += "description = " + toml_string(inv.description) + "\n";
  return out;
}

std::string customer_toml(const Customer& c) {
  std::string out = "[[customer]]\n";
  out += "id = " + toml_string(c.id) + "\n";
  out += "name = " + toml_string(c.name) + "\n";
  out += fmt::format("kind = \"{}\"\n", name_of(customer_kind_names(), c.kind));
  if (!c.email.empty()) out += "email = " + toml_string(c.email) + "\n";
  if (c.terms_days) out += fmt::format("terms_days = {}\n", *c.terms_days);
  if (c.credit_limit) out += "credit_limit = \"" + format_money(*c.credit_limit) + "\"\n";
  if (!c.payment_run_text.empty()) out += "payment_run = " + toml_string(c.payment_run_text) + "\n";
  if (c.language) out += fmt::format("language = \"{}\"\n", name_of(language_names(), *c.language));
  if (c.jurisdiction)
    out += fmt::format("jurisdiction = \"{}\"\n", name_of(jurisdiction_names(), *c.jurisdiction));
  if (!c.address.empty()) {
    out += "address = [";
    for (std::size_t i = 0; i < c.address.size(); ++i)
      out += (i ? ", " : "") + toml_string(c.address[i]);
    out += "]\n";
  }
  for (const ContactPerson& person : c.contacts) {
    out += "\n[[customer.contact]]\n";
    out += "name = " + toml_string(person.name) + "\n";
    out += fmt::format("role = \"{}\"\n", name_of(role_names(), person.role));
    if (!person.email.empty()) out += "email = " + toml_string(person.email) + "\n";
    if (!person.phone.empty()) out += "phone = " + toml_string(person.phone) + "\n";
    if (!person.salutation.empty()) out += "salutation = " + toml_string(person.salutation) + "\n";
  }
  return out;
}

}  // namespace arcollect
