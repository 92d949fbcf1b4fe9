#include "collect/disputes.hpp"

#include <algorithm>

namespace arcollect {

Disputes find_disputes(const Book& book, Date as_of) {
  Disputes result;
  result.disputed.assign(book.invoices.size(), false);
  for (std::size_t i = 0; i < book.invoices.size(); ++i) {
    if (book.invoices[i].dispute.empty()) continue;
    result.disputed[i] = true;
    result.reason[i] = book.invoices[i].dispute;
  }
  for (const CustomerRecords& records : book.by_customer) {
    std::vector<std::size_t> log;
    for (std::size_t k : records.contacts) {
      Outcome outcome = book.contacts[k].outcome;
      if (book.contacts[k].date <= as_of &&
          (outcome == Outcome::dispute || outcome == Outcome::resolved))
        log.push_back(k);
    }
    if (log.empty()) continue;
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
      for (std::size_t i : targets) {
        bool open = entry.outcome == Outcome::dispute;
        result.disputed[i] = open;
        const std::string& field = book.invoices[i].dispute;
        if (open)
          result.reason[i] = !field.empty()        ? field
                             : !entry.note.empty() ? entry.note
                                                   : "disputed on " + format_date(entry.date);
        else
          result.reason.erase(i);
      }
    }
  }
  return result;
}

}  // namespace arcollect
