#include "ledger/plan_writer.hpp"

#include <fmt/format.h>

#include "ledger/append.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_writer.hpp"

namespace arcollect {

std::vector<std::string> record_plan(const std::filesystem::path& root, const std::string& shown,
                                     const Plan& plan, const std::optional<Invoice>& charges) {
  std::vector<std::string> written;
  auto undo = [&](const std::string& why) {
    std::error_code ec;
    for (const auto& path : written) std::filesystem::remove(root / path, ec);
    throw Error(fmt::format("the plan was not recorded: {}; nothing was left behind", why));
  };
  try {
    if (charges) {
      const RecordPlace place = invoice_place(charges->id, charges->issued);
      written.push_back(append_record(root, place.folder, place.stem, invoice_toml(*charges)));
    }
    const RecordPlace place = plan_place(plan.id);
    written.push_back(append_record(root, place.folder, place.stem, plan_toml(plan)));
  } catch (const Error& e) {
    undo(e.what());
  }
  LoadResult check = load_ledger(root, shown);
  if (has_errors(check.diagnostics)) undo(check.diagnostics.front().message);
  return written;
}

}  // namespace arcollect
