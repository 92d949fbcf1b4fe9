// `due --explain CUSTOMER`: one customer's ladder laid open. Which steps were done (when, in
// which log file), what the agenda asks today, and what holds the chase back until when:
// the same computation as the agenda, not a second one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/agenda.hpp"

namespace arcollect {

struct StepRecord {
  const LadderStep* step = nullptr;
  std::optional<Date> done;  // the latest entry naming it, about the debt now chased
  std::string file;          // that entry's file
  std::string also_file;     // another file recording the step that day (a merge's double)
};

struct Explanation {
  std::size_t customer = 0;
  Date today{};
  std::vector<std::size_t> chased;    // what the ladder follows, oldest due first
  std::vector<std::size_t> disputed;  // open and disputed: out of the chase
  std::vector<std::size_t> planned;   // open and under a live plan: out of the chase
  std::vector<StepRecord> steps;      // the customer's ladder, in order
  std::vector<AgendaAction> today_actions;
  std::vector<UpcomingItem> held_back;   // what waits, and until when, by date
  std::optional<Date> next_working_day;  // when today is a day off
};

Explanation explain_customer(const AccountState& state, std::size_t customer);

}  // namespace arcollect
