// ledger and hledger: tags as "; key: value" comment lines under the transaction line.
#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "ledger/money.hpp"
#include "render/journal.hpp"
#include "render/journal_names.hpp"

namespace arcollect {

namespace {

std::vector<std::pair<std::string, std::string>> tags(const JournalEntry& entry) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const JournalTag& tag : journal_tags(entry))
    if (std::string text = ledger_tag_value(tag.value); !text.empty())
      out.emplace_back(tag.key, std::move(text));
  return out;
}

}  // namespace

std::vector<JournalTag> journal_tags(const JournalEntry& entry) {
  std::vector<JournalTag> out;
  auto add = [&](std::string_view key, std::string value, bool is_date = false) {
    if (!value.empty()) out.push_back({key, std::move(value), is_date});
  };
  add("customer", entry.customer);
  add("invoice", entry.invoice);
  if (entry.due) add("due", format_date(*entry.due), true);
  add("po", entry.po);
  std::string plans;
  for (const auto& plan : entry.plans) plans += (plans.empty() ? "" : " ") + plan;
  add("plan", plans);
  add("ref", entry.ref);
  add("bank_id", entry.bank_id);
  return out;
}

std::string journal_narration(const JournalEntry& entry) {
  std::string text;
  switch (entry.kind) {
    case JournalKind::opening:
      return "Opening balance";
    case JournalKind::invoice:
      text = "Invoice " + entry.invoice;
      break;
    case JournalKind::payment:
      text = entry.invoice.empty() ? "Payment" : "Payment for " + entry.invoice;
      break;
    case JournalKind::credit:
      text = entry.invoice.empty() ? "Credit note" : "Credit note for " + entry.invoice;
      break;
  }
  if (!entry.description.empty()) text += ": " + entry.description;
  return text;
}

std::string journal_ledger(const Journal& journal, const ExportSettings& accounts) {
  std::size_t width = 0, amount_width = 0;
  for (const auto& entry : journal.entries)
    for (const auto& posting : entry.postings) {
      width = std::max(
          width,
          account_name(accounts, posting.account, entry.customer, JournalStyle::ledger).size());
      amount_width = std::max(amount_width, format_amount(posting.minor, entry.currency).size());
    }
  std::string out = "; Receivables exported by arcollect";
  if (journal.from) out += ", from " + format_date(*journal.from);
  if (journal.to) out += ", to " + format_date(*journal.to);
  out += ".\n";
  for (const auto& entry : journal.entries) {
    std::string payee = ledger_text(entry.customer_name);
    if (payee.empty()) payee = entry.customer;
    out += fmt::format("\n{} * {} | {}\n", format_date(entry.date), payee,
                       ledger_text(journal_narration(entry)));
    for (const auto& [key, value] : tags(entry)) out += fmt::format("    ; {}: {}\n", key, value);
    for (const auto& posting : entry.postings)
      out += fmt::format(
          "    {:<{}}  {:>{}} {}\n",
          account_name(accounts, posting.account, entry.customer, JournalStyle::ledger), width,
          format_amount(posting.minor, entry.currency), amount_width, entry.currency);
  }
  return out;
}

}  // namespace arcollect
