#include "ledger/step_doubles.hpp"

#include <map>
#include <string>
#include <tuple>

namespace arcollect {

std::vector<StepDouble> steps_recorded_twice(const Book& book) {
  std::vector<StepDouble> out;
  std::map<std::tuple<std::string, Date, std::string>, std::size_t> first;
  for (std::size_t k = 0; k < book.contacts.size(); ++k) {
    const ContactEntry& e = book.contacts[k];
    if (e.step.empty()) continue;
    auto [it, inserted] = first.try_emplace({e.customer, e.date, e.step}, k);
    // Two entries of one file were written together, by hand: not a merge's double.
    if (!inserted && book.contacts[it->second].pos.file != e.pos.file)
      out.push_back({k, it->second});
  }
  return out;
}

}  // namespace arcollect
