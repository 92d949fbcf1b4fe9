// A collect/journal as a journal file: ledger and hledger (one syntax both read), beancount,
// or JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "collect/journal.hpp"
#include "ledger/settings.hpp"
#include "render/json.hpp"

namespace arcollect {

std::string journal_ledger(const Journal& journal, const ExportSettings& accounts);
std::string journal_beancount(const Journal& journal, const ExportSettings& accounts);
JsonObject journal_json(const Journal& journal, const ExportSettings& accounts);

// What a transaction carries as tags (ledger, hledger) or metadata (beancount), those that are
// set, in this order: customer, invoice, due, po, plan (every plan that lists the invoice), ref
// and bank_id. Values are the ledger's text, made safe by each format.
struct JournalTag {
  std::string_view key;
  std::string value;
  bool is_date = false;  // `due`: a date, written bare in beancount
};
std::vector<JournalTag> journal_tags(const JournalEntry& entry);

// "Invoice INV-1: Web design", "Payment for INV-1", "Credit note: Late delivery",
// "Opening balance": what the transaction is, with the ledger's text as it was written.
std::string journal_narration(const JournalEntry& entry);

}  // namespace arcollect
