#include "ledger/bank_ids.hpp"

#include <fmt/format.h>

#include <map>
#include <tuple>

#include "ledger/fnv1a.hpp"
#include "ledger/limits.hpp"

namespace arcollect {

namespace {

std::string hashed(std::string_view text) {
  return fmt::format("h:{:016x}", fnv1a(text));
}

}  // namespace

std::vector<std::string> statement_bank_ids(const BankStatement& statement) {
  std::vector<std::string> ids;
  ids.reserve(statement.lines.size());
  using Same = std::tuple<Date, std::int64_t, std::string, std::string>;
  std::map<Same, int> seen;  // identical lines so far
  for (const BankLine& line : statement.lines) {
    if (!line.bank_id.empty()) {
      std::string id =
          statement.account.empty() ? line.bank_id : statement.account + ":" + line.bank_id;
      ids.push_back(id.size() > kMaxIdBytes ? hashed(id) : id);
      continue;
    }
    const int nth = ++seen[Same{line.date, line.amount_minor, line.currency, line.description}];
    // \x1f (unit separator) cannot occur in the fields, so no two lines give one text.
    ids.push_back(hashed(fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", statement.account,
                                     format_date(line.date), line.amount_minor, line.currency,
                                     line.description, nth)));
  }
  return ids;
}

}  // namespace arcollect
