// Where each kind of record is written: the recommended layout of design.md, in one place.
// The loader never relies on it (a record's kind is its table name, not its path); the
// commands that write follow it, so a ledger stays easy to browse.
#pragma once

#include <string>
#include <string_view>

#include "ledger/records.hpp"

namespace arcollect {

// A folder under the ledger root, and a file stem: the readable part of the name, to which
// append_record adds a suffix of its own and .toml (ledger/record_name).
struct RecordPlace {
  std::string folder;
  std::string stem;
};

RecordPlace customer_place(const std::string& id);              // customers/ID
RecordPlace invoice_place(const std::string& id, Date issued);  // invoices/YYYY/ID, made safe
RecordPlace payment_place(const std::string& customer, Date day, bool credit);  // payments/YYYY
RecordPlace contact_place(const ContactEntry& entry);                           // log/YYYY/MM
RecordPlace plan_place(const std::string& id);                                  // plans/ID
RecordPlace rate_place(const RateRecord& rate);  // rates/SERIES-YYYY-MM-DD
// payments/YYYY/DAY-import-NAME: the payments of one bank statement, imported on `today`.
RecordPlace import_place(Date today, std::string_view statement);

}  // namespace arcollect
