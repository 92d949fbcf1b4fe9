#include "ledger/disputes.hpp"

#include <algorithm>

namespace arcollect {

std::unordered_map<std::size_t, std::vector<DisputeChange>> dispute_history(const Book& book,
                                                                            std::size_t c,
                                                                            Date as_of) {
  const CustomerRecords& records = book.by_customer[c];
  std::unordered_map<std::size_t, std::vector<DisputeChange>> history;
  for (std::size_t i : records.invoices)
    if (!book.invoices[i].dispute.empty())
      history[i].push_back({Date::min(), true, book.invoices[i].dispute});
  std::vector<std::size_t> log;
  for (std::size_t k : records.contacts) {
    const ContactEntry& e = book.contacts[k];
    if (e.date <= as_of && (e.outcome == Outcome::dispute || e.outcome == Outcome::resolved))
      log.push_back(k);
  }
  std::stable_sort(log.begin(), log.end(), [&](std::size_t a, std::size_t b) {
    return book.contacts[a].date < book.contacts[b].date;
  });
  for (std::size_t k : log) {
    const ContactEntry& entry = book.contacts[k];
    std::vector<std::size_t> targets;
    if (entry.invoices.empty()) {
      for (std::size_t i : records.invoices)
        if (book.invoices[i].issued <= entry.date) targets.push_back(i);
    } else {
      for (const auto& id : entry.invoices)
        if (auto it = book.invoice_index.find(id); it != book.invoice_index.end())
          targets.push_back(it->second);
    }
    const bool open = entry.outcome == Outcome::dispute;
    for (std::size_t i : targets) {
      const std::string& field = book.invoices[i].dispute;
      std::string reason = !open                 ? ""
                           : !field.empty()      ? field
                           : !entry.note.empty() ? entry.note
                                                 : "disputed on " + format_date(entry.date);
      history[i].push_back({entry.date, open, std::move(reason)});
    }
  }
  return history;
}

bool disputed_on(const std::vector<DisputeChange>& changes, Date day) {
  bool disputed = false;
  for (const DisputeChange& change : changes) {
    if (change.from > day) break;
    disputed = change.disputed;
  }
  return disputed;
}

Disputes find_disputes(const Book& book, Date as_of) {
  Disputes result;
  result.disputed.assign(book.invoices.size(), false);
  for (std::size_t c = 0; c < book.customers.size(); ++c)
    for (const auto& [i, changes] : dispute_history(book, c, as_of)) {
      const DisputeChange& now = changes.back();
      result.disputed[i] = now.disputed;
      if (now.disputed) result.reason[i] = now.reason;
    }
  return result;
}

}  // namespace arcollect
