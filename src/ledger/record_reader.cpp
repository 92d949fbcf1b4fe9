// Reads a record file: [[customer]], [[invoice]], [[payment]], [[credit]], [[contact]], [[plan]],
// [[rate]].
#include <fmt/format.h>

#include <array>

#include "ledger/field_reader.hpp"
#include "ledger/limits.hpp"
#include "ledger/mail_syntax.hpp"
#include "ledger/suggest.hpp"
#include "ledger/toml_reader.hpp"

namespace arcollect {

namespace {

std::string currency_field(FieldReader& f, SourcePos& pos) {
  auto code = f.text("currency");
  pos = f.pos("currency");
  if (!code) return "";
  if (!valid_currency_code(*code)) {
    f.sink().error(DiagCode::invalid_value, pos,
                   fmt::format("'currency' \"{}\" is not an ISO 4217 code; write three capital "
                               "letters, e.g. \"EUR\"",
                               *code));
    return "";
  }
  return *code;
}

std::vector<ContactPerson> read_contacts(FieldReader& f) {
  std::vector<ContactPerson> people;
  const toml::array* list = f.array("contact");
  if (!list) return people;
  for (const toml::node& node : *list) {
    const toml::table* table = node.as_table();
    if (!table) {
      f.sink().error(DiagCode::wrong_type, pos_of(node.source(), f.sink().file_index()),
                     "each contact must be a table: write [[customer.contact]] sections");
      continue;
    }
    FieldReader c(*table, "[[customer.contact]]", f.sink());
    ContactPerson person;
    person.name = c.text("name", Need::required).value_or("");
    person.role =
        c.choice<ContactRole>("role", role_names(), Need::required).value_or(ContactRole::other);
    person.email = c.email("email").value_or("");
    person.phone = c.text("phone").value_or("");
    person.salutation = c.text("salutation").value_or("");
    c.finish();
    people.push_back(std::move(person));
  }
  return people;
}

void read_customer(FieldReader& f, FileRecords& out) {
  Customer c;
  c.pos = f.table_pos();
  // A customer with a malformed id is kept, so that its invoices do not also report it unknown.
  if (auto id = f.text("id", Need::required); id && !id->empty()) {
    check_slug_id(f, "id", *id);
    c.id = *id;
  }
  c.id_pos = f.pos("id");
  c.name = f.text("name", Need::required).value_or("");
  c.kind = f.choice<CustomerKind>("kind", customer_kind_names()).value_or(CustomerKind::business);
  c.terms_days = f.integer("terms_days", 0, kMaxTermsDays);
  c.credit_limit_text = f.amount("credit_limit", Need::optional, true);
  c.credit_limit_pos = f.pos("credit_limit");
  if (auto run = f.text("payment_run")) {
    c.payment_run = parse_pay_run(*run);
    c.payment_run_text = *run;
    if (!c.payment_run)
      f.sink().error(DiagCode::invalid_value, f.pos("payment_run"),
                     fmt::format("'payment_run' \"{}\" is not a pay-run day; write a day of the "
                                 "month (\"25\"), days (\"1,15\"), \"last friday\" or "
                                 "\"every tuesday\"",
                                 *run));
  }
  c.email = f.email("email").value_or("");
  c.address = f.text_list("address").value_or(std::vector<std::string>{});
  c.paused_until = f.date("paused_until");
  c.pause_reason = f.text("pause_reason").value_or("");
  c.contacts = read_contacts(f);
  c.ladder = f.text("ladder").value_or("");
  c.language = f.choice<Language>("language", language_names());
  c.jurisdiction = f.choice<Jurisdiction>("jurisdiction", jurisdiction_names());
  c.ladder_pos = f.pos("ladder");
  f.finish();
  if (!c.id.empty()) out.customers.push_back(std::move(c));
}

void read_invoice(FieldReader& f, FileRecords& out) {
  Invoice inv;
  inv.pos = f.table_pos();
  auto id = f.text("id", Need::required);
  inv.id_pos = f.pos("id");
  auto customer = f.text("customer", Need::required);
  inv.customer_pos = f.pos("customer");
  auto issued = f.date("issued", Need::required);
  inv.due_given = f.date("due");
  inv.due_pos = f.pos("due");
  auto amount = f.amount("amount", Need::required);
  inv.amount_pos = f.pos("amount");
  inv.currency = currency_field(f, inv.currency_pos);
  inv.po = f.text("po").value_or("");
  inv.description = f.text("description").value_or("");
  inv.dispute = f.text("dispute").value_or("");
  f.finish();
  if (id) check_invoice_id(f, "id", *id);
  if (!id || id->empty() || !customer) return;
  // Kept even when incomplete, so that payments and contacts naming it resolve; its errors
  // stop every command anyway.
  inv.id = std::move(*id);
  inv.customer = std::move(*customer);
  inv.incomplete = !issued || !amount;
  inv.issued = issued.value_or(Date{});
  inv.amount_text = amount.value_or(Decimal{});
  out.invoices.push_back(std::move(inv));
}

void read_payment(FieldReader& f, FileRecords& out, PaymentKind kind) {
  Payment p;
  p.kind = kind;
  p.pos = f.table_pos();
  auto date = f.date("date", Need::required);
  auto customer = f.text("customer", Need::required);
  p.customer_pos = f.pos("customer");
  p.invoice = f.text("invoice").value_or("");
  p.invoice_pos = f.pos("invoice");
  auto amount = f.amount("amount", Need::required);
  p.amount_pos = f.pos("amount");
  p.currency = currency_field(f, p.currency_pos);
  p.ref = f.text("ref").value_or("");
  p.bank_id = f.text("bank_id").value_or("");
  p.bank_id_pos = f.pos("bank_id");
  if (kind == PaymentKind::credit) p.reason = f.text("reason").value_or("");
  f.finish();
  if (!date || !customer || !amount) return;
  p.date = *date;
  p.customer = std::move(*customer);
  p.amount_text = *amount;
  out.payments.push_back(std::move(p));
}

std::vector<SourcePos> element_positions(FieldReader& f, std::string_view key, std::size_t n) {
  std::vector<SourcePos> positions(n, f.pos(key));
  if (auto node = f.has(key) ? f.array(key) : nullptr)
    for (std::size_t i = 0; i < n && i < node->size(); ++i)
      positions[i] = pos_of(node->get(i)->source(), f.sink().file_index());
  return positions;
}

void read_contact(FieldReader& f, FileRecords& out) {
  ContactEntry e;
  e.pos = f.table_pos();
  auto date = f.date("date", Need::required);
  auto customer = f.text("customer", Need::required);
  e.customer_pos = f.pos("customer");
  e.invoices = f.text_list("invoices").value_or(std::vector<std::string>{});
  e.invoice_pos = element_positions(f, "invoices", e.invoices.size());
  auto channel = f.choice<Channel>("channel", channel_names(), Need::required);
  e.with = f.text("with").value_or("");
  e.step = f.text("step").value_or("");
  e.outcome = f.choice<Outcome>("outcome", outcome_names()).value_or(Outcome::none);
  e.promise_date = f.date("promise_date");
  e.promise_amount_text = f.amount("promise_amount");
  e.promise_amount_pos = f.pos("promise_amount");
  e.paused_until = f.date("paused_until");
  e.note = f.text("note").value_or("");
  e.message_id = f.text("message_id").value_or("");
  if (!e.message_id.empty() && !valid_message_id(e.message_id)) {
    f.sink().error(DiagCode::invalid_value, f.pos("message_id"),
                   fmt::format("'message_id' \"{}\" is not a Message-ID; write it as the "
                               "email's header has it, like \"<id@example.com>\"",
                               e.message_id));
    e.message_id.clear();
  }
  e.sending = f.boolean("sending").value_or(false);
  if (e.sending)
    f.sink().report(Severity::warning, DiagCode::unconfirmed_send, f.pos("sending"),
                    fmt::format("sent? unknown: arcollect stopped while handing this email to the "
                                "mail system; if it went out, confirm it with `arcollect log "
                                "--confirm {}`, else delete this file",
                                f.sink().path()));
  f.finish();
  auto conflict = [&](std::string_view key, std::string message) {
    f.sink().error(DiagCode::conflicting_fields, f.pos(key), std::move(message));
  };
  if (e.outcome == Outcome::promise && !f.has("promise_date"))
    conflict("outcome",
             "outcome = \"promise\" needs the date promised: add promise_date = YYYY-MM-DD");
  if (e.outcome != Outcome::promise && (e.promise_date || e.promise_amount_text))
    conflict(e.promise_date ? "promise_date" : "promise_amount",
             "a promise_date or promise_amount goes with outcome = \"promise\"; set that outcome "
             "or remove the promise");
  if (e.outcome != Outcome::paused && e.paused_until)
    conflict("paused_until",
             "paused_until goes with outcome = \"paused\"; set that outcome or remove it");
  if (!date || !customer || !channel) return;
  e.date = *date;
  e.customer = std::move(*customer);
  e.channel = *channel;
  out.contacts.push_back(std::move(e));
}

void read_plan(FieldReader& f, FileRecords& out) {
  Plan plan;
  plan.pos = f.table_pos();
  auto id = f.text("id", Need::required);
  plan.id_pos = f.pos("id");
  auto customer = f.text("customer", Need::required);
  plan.customer_pos = f.pos("customer");
  auto invoices = f.text_list("invoices", Need::required);
  plan.invoice_pos = element_positions(f, "invoices", invoices ? invoices->size() : 0);
  auto agreed = f.date("agreed", Need::required);
  const toml::array* installments = f.array("installments", Need::required);
  plan.installments_pos = f.pos("installments");
  bool installments_ok = installments != nullptr;
  if (installments) {
    for (const toml::node& node : *installments) {
      const toml::table* table = node.as_table();
      if (!table) {
        f.sink().error(
            DiagCode::wrong_type, pos_of(node.source(), f.sink().file_index()),
            "each installment must be a table like { due = 2026-11-17, amount = 600.00 }");
        installments_ok = false;
        continue;
      }
      FieldReader i(*table, "an installment", f.sink());
      Installment item;
      item.pos = i.table_pos();
      auto due = i.date("due", Need::required);
      auto amount = i.amount("amount", Need::required);
      i.finish();
      if (!due || !amount) {
        installments_ok = false;
        continue;
      }
      item.due = *due;
      item.amount_text = *amount;
      plan.installments.push_back(item);
    }
    if (installments->empty()) {
      f.sink().error(DiagCode::plan_schedule, plan.installments_pos,
                     "a plan needs at least one installment");
      installments_ok = false;
    }
  }
  f.finish();
  if (!id || !check_slug_id(f, "id", *id) || !customer || !invoices || !agreed || !installments_ok)
    return;
  plan.id = *id;
  plan.customer = *customer;
  plan.invoices = std::move(*invoices);
  plan.agreed = *agreed;
  out.plans.push_back(std::move(plan));
}

void read_rate(FieldReader& f, FileRecords& out) {
  RateRecord rate;
  rate.pos = f.table_pos();
  auto series = f.choice<RateSeries>("series", rate_series_names(), Need::required);
  auto from = f.date("from", Need::required);
  rate.from_pos = f.pos("from");
  auto percent = f.amount("percent", Need::required, true);
  rate.percent_pos = f.pos("percent");
  auto source = f.text("source", Need::required);
  f.finish();
  // Each problem is reported, not only the first.
  std::optional<std::int64_t> millionths;
  if (percent) millionths = to_minor(*percent, 4);
  if (percent && (!millionths || *millionths >= 1'000'000))
    f.sink().error(DiagCode::amount_precision, rate.percent_pos,
                   "'percent' must be a percentage under 100 with at most 4 decimals, like 3.75");
  if (source && source->empty())
    f.sink().error(DiagCode::invalid_value, f.pos("source"),
                   "'source' is empty; say where the rate was published (a URL)");
  if (!series || !from || !millionths || *millionths >= 1'000'000 || !source || source->empty())
    return;
  rate.series = *series;
  rate.from = *from;
  rate.percent = *percent;
  rate.millionths = *millionths;  // 4 decimals of a percent are millionths of one
  rate.source = std::move(*source);
  out.rates.push_back(std::move(rate));
}

struct Kind {
  std::string_view name;
  void (*read)(FieldReader&, FileRecords&);
};

constexpr std::array<Kind, 7> kRecordKinds = {{
    {"customer", read_customer},
    {"invoice", read_invoice},
    {"payment",
     [](FieldReader& f, FileRecords& out) { read_payment(f, out, PaymentKind::payment); }},
    {"credit", [](FieldReader& f, FileRecords& out) { read_payment(f, out, PaymentKind::credit); }},
    {"contact", read_contact},
    {"plan", read_plan},
    {"rate", read_rate},
}};

constexpr std::array<std::string_view, 5> kSettingsTables = {"business", "defaults", "aging",
                                                             "ladder", "interest"};

}  // namespace

FileRecords read_records(std::string_view text, const std::string& path, std::uint32_t file) {
  FileRecords out;
  FileSink sink(text, path, file);
  auto document = parse_document(text, sink);
  if (document) {
    for (auto&& [key, node] : *document) {
      std::string_view name = key.str();
      SourcePos at = pos_of(key.source(), file);
      const Kind* kind = nullptr;
      for (const auto& k : kRecordKinds)
        if (k.name == name) kind = &k;
      if (!kind) {
        bool is_setting = false;
        for (auto s : kSettingsTables) is_setting = is_setting || s == name;
        std::vector<std::string_view> names;
        for (const auto& k : kRecordKinds) names.push_back(k.name);
        sink.error(
            DiagCode::unknown_table, at,
            is_setting ? fmt::format("[{}] is a setting; it belongs in arcollect.toml at "
                                     "the ledger's root",
                                     name)
            : node.is_table() || node.is_array_of_tables()
                ? fmt::format("unknown record kind '{}'{}; records are [[customer]], "
                              "[[invoice]], [[payment]], [[credit]], [[contact]], [[plan]] and "
                              "[[rate]]",
                              name, did_you_mean(name, names))
                : fmt::format("'{}' stands outside any record; put it under a header such "
                              "as [[invoice]]",
                              name));
        continue;
      }
      const toml::array* records = node.as_array();
      if (!records || !records->is_array_of_tables()) {
        sink.error(DiagCode::not_table_array, at,
                   fmt::format("'{}' must be written [[{}]] (double brackets: one per record)",
                               name, name));
        continue;
      }
      const std::string where = fmt::format("[[{}]]", name);
      for (const toml::node& record : *records) {
        FieldReader fields(*record.as_table(), where, sink);
        kind->read(fields, out);
      }
    }
  }
  out.diagnostics = sink.take();
  return out;
}

}  // namespace arcollect
