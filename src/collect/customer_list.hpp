// `customer list`: every customer with what it owes, its oldest overdue invoice, its segment
// and where it stands on the ladder. Read from the account state, the segment rule and the
// ladder's own explanation, so the list says what aging, segment and due --explain say.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "collect/segment.hpp"

namespace arcollect {

struct CustomerListRow {
  std::size_t customer = 0;
  std::vector<Money> owed;                    // open balances, per currency
  std::optional<std::size_t> oldest_overdue;  // the oldest open undisputed invoice past due
  int days_overdue = 0;                       // its days past due
  Segment segment = Segment::prompt;
  std::string last_step;  // the latest ladder step done on the debt now chased; "" none
  std::optional<Date> last_step_done;
  std::string step_today;  // the step today's agenda asks for; "" none
};

struct CustomerList {
  Date as_of{};
  std::vector<CustomerListRow> rows;  // in id order
};

CustomerList customer_list(const AccountState& state);

}  // namespace arcollect
