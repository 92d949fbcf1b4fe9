#include "ledger/append.hpp"

#include <fmt/format.h>

#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/loader.hpp"
#include "ledger/record_name.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/toml_reader.hpp"
#include "ledger/write_beneath.hpp"

namespace fs = std::filesystem;

namespace arcollect {

namespace {

// Refuses text that does not read back as clean records: that would be a bug here.
void check_record_text(const std::string& text) {
  FileRecords check = read_records(text, "(new record)", 0);
  std::size_t records = check.customers.size() + check.invoices.size() + check.payments.size() +
                        check.contacts.size() + check.plans.size() + check.rates.size();
  // Warnings are for the reader (a record written as sending says so); errors mean a bug here.
  if (has_errors(check.diagnostics) || records == 0)
    throw Error(
        fmt::format("internal error: the record to write does not read back cleanly{}; "
                    "nothing was written",
                    check.diagnostics.empty() ? "" : ": " + check.diagnostics[0].message));
}

// Writes the checked record under the lock the caller holds, under a name of its own
// (ledger/record_name): one another writer of this clone took is drawn again.
std::string write_record(const fs::path& root, const NewRecord& record) {
  for (unsigned attempt = 0; attempt < 100; ++attempt) {
    std::string name = record_file_name(record.folder, record.stem, attempt);
    std::error_code ec;
    if (fs::exists(root / name, ec)) continue;
    write_new_file_beneath(root, name, record.text);
    std::string back, error;
    if (!read_whole_file(root / name, back, error) || back != record.text) {
      fs::remove(root / name, ec);
      throw Error(fmt::format("{}: the file did not read back as written ({}); it was removed",
                              name, error.empty() ? "content differs" : error));
    }
    return name;
  }
  throw Error(
      fmt::format("{}/{}: no free file name after 100 tries; is the clock or the random "
                  "source stuck, or ARCOLLECT_NAME_SEED set? Nothing was written",
                  record.folder, record.stem));
}

}  // namespace

std::string append_record(const fs::path& root, const std::string& folder, const std::string& stem,
                          const std::string& text, const std::function<void()>& under_lock) {
  check_record_text(text);
  LedgerLock lock(root);
  if (under_lock) under_lock();
  return write_record(root, {folder, stem, text});
}

std::optional<std::string> append_built_record(
    const fs::path& root, const std::function<std::optional<NewRecord>()>& build) {
  LedgerLock lock(root);
  const std::optional<NewRecord> record = build();
  if (!record) return std::nullopt;
  check_record_text(record->text);
  return write_record(root, *record);
}

std::string append_contact(const fs::path& root, const ContactEntry& entry) {
  const RecordPlace place = contact_place(entry);
  return append_record(root, place.folder, place.stem, contact_toml(entry));
}

void confirm_sent(const fs::path& root, const std::string& relative) {
  LedgerLock lock(root);
  std::string text, error;
  if (!read_whole_file(root / relative, text, error)) throw Error(relative + ": " + error);
  FileRecords before = read_records(text, relative, 0);
  if (before.contacts.size() != 1 || before.customers.size() + before.invoices.size() +
                                             before.payments.size() + before.plans.size() !=
                                         0)
    throw Error(relative + ": not a contact-log entry; nothing was changed");
  if (!before.contacts[0].sending)
    throw Error(relative + ": this entry is not marked as sending; nothing was changed");
  // Drop the line, keep every other byte as it was.
  std::string confirmed;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    std::string_view line(text.data() + start, end - start);
    std::string_view key = line.substr(line.find_first_not_of(" \t") == std::string_view::npos
                                           ? line.size()
                                           : line.find_first_not_of(" \t"));
    const bool mark = key.starts_with("sending") &&
                      key.substr(7).find_first_not_of(" \t") != std::string_view::npos &&
                      key[key.find_first_not_of(" \t", 7)] == '=';
    if (!mark) confirmed.append(line);
    start = end;
  }
  FileRecords after = read_records(confirmed, relative, 0);
  if (has_errors(after.diagnostics) || after.contacts.size() != 1 || after.contacts[0].sending ||
      after.contacts[0].note != before.contacts[0].note)
    throw Error(relative +
                ": the sending mark could not be removed cleanly; edit the file by "
                "hand; nothing was changed");
  replace_file_beneath(root, relative, confirmed);
}

}  // namespace arcollect
