// --format json: the transactions as data, accounts named as ledger and hledger name them.
#include "ledger/money.hpp"
#include "render/journal.hpp"
#include "render/journal_names.hpp"
#include "render/json.hpp"

namespace arcollect {

namespace {

const char* kind_name(JournalKind kind) {
  switch (kind) {
    case JournalKind::opening:
      return "opening";
    case JournalKind::invoice:
      return "invoice";
    case JournalKind::credit:
      return "credit";
    case JournalKind::payment:
      break;
  }
  return "payment";
}

Json date_or_null(const std::optional<Date>& day) {
  return day ? Json(format_date(*day)) : Json();
}

}  // namespace

JsonObject journal_json(const Journal& journal, const ExportSettings& accounts) {
  JsonArray transactions;
  for (const auto& entry : journal.entries) {
    JsonArray postings;
    for (const auto& posting : entry.postings)
      postings.push_back(JsonObject{{"account", account_name(accounts, posting.account,
                                                             entry.customer, JournalStyle::ledger)},
                                    {"amount", format_amount(posting.minor, entry.currency)},
                                    {"currency", entry.currency}});
    JsonArray plans(entry.plans.begin(), entry.plans.end());
    transactions.push_back(JsonObject{{"date", format_date(entry.date)},
                                      {"kind", kind_name(entry.kind)},
                                      {"customer", entry.customer},
                                      {"name", entry.customer_name},
                                      {"currency", entry.currency},
                                      {"invoice", text_or_null(entry.invoice)},
                                      {"due", date_or_null(entry.due)},
                                      {"po", text_or_null(entry.po)},
                                      {"plans", std::move(plans)},
                                      {"description", text_or_null(entry.description)},
                                      {"ref", text_or_null(entry.ref)},
                                      {"bank_id", text_or_null(entry.bank_id)},
                                      {"postings", std::move(postings)}});
  }
  return JsonObject{{"from", date_or_null(journal.from)},
                    {"to", date_or_null(journal.to)},
                    {"currency", journal.business_currency},
                    {"transactions", std::move(transactions)}};
}

}  // namespace arcollect
