// Reads one file's text into records (or settings). Takes text plus the name to show, so
// tests never touch the disk; never throws on bad input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ledger/diagnostic.hpp"
#include "ledger/records.hpp"
#include "ledger/settings.hpp"

namespace arcollect {

struct FileRecords {
  std::vector<Customer> customers;
  std::vector<Invoice> invoices;
  std::vector<Payment> payments;
  std::vector<ContactEntry> contacts;
  std::vector<Plan> plans;
  std::vector<RateRecord> rates;
  std::vector<Diagnostic> diagnostics;
};

FileRecords read_records(std::string_view text, const std::string& path, std::uint32_t file);

Settings read_settings(std::string_view text, const std::string& path, std::uint32_t file,
                       std::vector<Diagnostic>& diagnostics);

}  // namespace arcollect
