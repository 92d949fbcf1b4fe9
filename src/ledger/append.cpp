#include "ledger/append.hpp"

#include <fmt/format.h>

#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/toml_reader.hpp"

namespace fs = std::filesystem;

namespace arcollect {

std::string append_record(const fs::path& root, const std::string& folder, const std::string& stem,
                          const std::string& text) {
  FileRecords check = read_records(text, "(new record)", 0);
  std::size_t records = check.customers.size() + check.invoices.size() + check.payments.size() +
                        check.contacts.size() + check.plans.size();
  if (!check.diagnostics.empty() || records == 0)
    throw Error(
        fmt::format("internal error: the record to write does not read back cleanly{}; "
                    "nothing was written",
                    check.diagnostics.empty() ? "" : ": " + check.diagnostics[0].message));

  LedgerLock lock(root);
  for (int n = 1; n < 10000; ++n) {
    std::string name = folder + "/" + stem + (n == 1 ? "" : "-" + std::to_string(n)) + ".toml";
    std::error_code ec;
    if (fs::exists(root / name, ec)) continue;
    write_new_file_beneath(root, name, text);
    std::string back, error;
    if (!read_whole_file(root / name, back, error) || back != text) {
      fs::remove(root / name, ec);
      throw Error(fmt::format("{}: the file did not read back as written ({}); it was removed",
                              name, error.empty() ? "content differs" : error));
    }
    return name;
  }
  throw Error(fmt::format("{}/{}: too many files of that name", folder, stem));
}

std::string append_contact(const fs::path& root, const ContactEntry& entry) {
  const RecordPlace place = contact_place(entry);
  return append_record(root, place.folder, place.stem, contact_toml(entry));
}

}  // namespace arcollect
