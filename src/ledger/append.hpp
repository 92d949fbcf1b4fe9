// Adding a record to the ledger as a new file: checked first, written atomically under the
// ledger lock with a name no other file, nor another clone's, has, and read back before it counts
// as written.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "ledger/records.hpp"

namespace arcollect {

// Writes `text` (which must read back as clean records, one or more) to `folder`/`stem`-SUFFIX.toml
// under `root`, SUFFIX unique without coordination (ledger/record_name). Returns the path relative
// to the root. Throws Error, leaving nothing behind, when the text does not read back cleanly or
// the file cannot be written. `under_lock`, when given, runs once the lock is held and before
// anything is written: a check of the ledger there (say, that the record is not already in it) sees
// what is on disk and cannot be overtaken by another writer. What it throws is passed on, and
// nothing is written.
std::string append_record(const std::filesystem::path& root, const std::string& folder,
                          const std::string& stem, const std::string& text,
                          const std::function<void()>& under_lock = {});

// A record to add: its folder under the root, file stem and text, as append_record takes them.
struct NewRecord {
  std::string folder;
  std::string stem;
  std::string text;
};

// append_record for a record that depends on what is on disk (say, the next invoice number):
// `build` runs once the lock is held, so no other writer can take what it chose meanwhile. It
// may find nothing left to write (another writer wrote it first): then nothing is written and
// the result is empty.
std::optional<std::string> append_built_record(
    const std::filesystem::path& root, const std::function<std::optional<NewRecord>()>& build);

// The contact entry's file under log/YYYY/MM/, named after its date, customer and channel.
std::string append_contact(const std::filesystem::path& root, const ContactEntry& entry);

// Confirms that the email a contact record marked as sending went out: removes its
// `sending = true` line and nothing else. `relative` is the file's path under the root. Throws
// Error when the file holds no such record, or is not one contact entry.
void confirm_sent(const std::filesystem::path& root, const std::string& relative);

}  // namespace arcollect
