// beancount: capitalised accounts, an `open` for each on the first day, metadata for tags.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "ledger/money.hpp"
#include "render/journal.hpp"
#include "render/journal_names.hpp"

namespace arcollect {

namespace {

std::string metadata(const JournalEntry& entry) {
  std::string out;
  for (const JournalTag& tag : journal_tags(entry))
    out +=
        fmt::format("  {}: {}\n", tag.key, tag.is_date ? tag.value : beancount_string(tag.value));
  return out;
}

}  // namespace

std::string journal_beancount(const Journal& journal, const ExportSettings& accounts) {
  std::string out = "; Receivables exported by arcollect";
  if (journal.from) out += ", from " + format_date(*journal.from);
  if (journal.to) out += ", to " + format_date(*journal.to);
  out += ".\n";
  out += fmt::format("option \"operating_currency\" \"{}\"\n", journal.business_currency);

  std::set<std::string> names;
  std::size_t width = 0, amount_width = 0;
  for (const auto& entry : journal.entries)
    for (const auto& posting : entry.postings) {
      std::string name =
          account_name(accounts, posting.account, entry.customer, JournalStyle::beancount);
      width = std::max(width, name.size());
      amount_width = std::max(amount_width, format_amount(posting.minor, entry.currency).size());
      names.insert(std::move(name));
    }
  // Every account opens on the first day of the journal, so on or before its first use.
  if (auto first = first_date(journal)) {
    out += "\n";
    for (const auto& name : names) out += fmt::format("{} open {}\n", format_date(*first), name);
  }
  for (const auto& entry : journal.entries) {
    std::string payee = entry.customer_name.empty() ? entry.customer : entry.customer_name;
    out += fmt::format("\n{} * {} {}\n", format_date(entry.date), beancount_string(payee),
                       beancount_string(journal_narration(entry)));
    out += metadata(entry);
    for (const auto& posting : entry.postings)
      out += fmt::format(
          "  {:<{}}  {:>{}} {}\n",
          account_name(accounts, posting.account, entry.customer, JournalStyle::beancount), width,
          format_amount(posting.minor, entry.currency), amount_width, entry.currency);
  }
  return out;
}

}  // namespace arcollect
