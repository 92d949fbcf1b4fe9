#include "ledger/plan_writer.hpp"

#include <fmt/format.h>

#include "ledger/append.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/write_beneath.hpp"

namespace arcollect {

std::string plan_file_text(const Plan& plan, const std::optional<Invoice>& charges) {
  std::string text = plan_toml(plan);
  if (charges) text = invoice_toml(*charges) + "\n" + text;
  return text;
}

std::vector<std::string> record_plan(const std::filesystem::path& root, const std::string& shown,
                                     const Plan& plan, const std::optional<Invoice>& charges) {
  std::vector<std::string> written;
  auto undo = [&](const std::string& why) {
    for (const auto& path : written) try {
        remove_file_beneath(root, path);
      } catch (const Error&) {
        // the error that undoes the plan says more than this one
      }
    throw Error(fmt::format("the plan was not recorded: {}; nothing was left behind", why));
  };
  // One file, so that one rename makes the whole change appear: a run killed half-way leaves
  // all of it or none, and a second run never adds the charges twice.
  const std::string text = plan_file_text(plan, charges);
  try {
    const RecordPlace place = plan_place(plan.id);
    written.push_back(append_record(root, place.folder, place.stem, text));
  } catch (const Error& e) {
    undo(e.what());
  }
  LoadResult check = load_ledger(root, shown);
  if (has_errors(check.diagnostics)) undo(check.diagnostics.front().message);
  return written;
}

}  // namespace arcollect
