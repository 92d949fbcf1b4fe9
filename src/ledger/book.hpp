// Everything the ledger holds, after loading and cross-checking.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "ledger/records.hpp"
#include "ledger/settings.hpp"

namespace arcollect {

// The records that name one customer, as indexes into Book's vectors, in ledger order.
struct CustomerRecords {
  std::vector<std::size_t> invoices, payments, contacts, plans;
};

struct Book {
  std::filesystem::path root;
  std::vector<std::string> files;  // display paths; SourcePos::file indexes this
  std::string display_root;        // what display paths start with (and '/'); "" for none
  Settings settings;
  std::vector<Customer> customers;
  std::vector<Invoice> invoices;
  std::vector<Payment> payments;  // payments and credit notes
  std::vector<ContactEntry> contacts;
  std::vector<Plan> plans;
  std::vector<RateRecord> rates;  // central-bank rates recorded under rates/
  std::unordered_map<std::string, std::size_t> customer_index;
  std::unordered_map<std::string, std::size_t> invoice_index;
  std::vector<CustomerRecords> by_customer;  // parallel to customers

  const Customer* find_customer(const std::string& id) const;
  const Invoice* find_invoice(const std::string& id) const;
  // The customer's ladder: its ladder set, else the main one.
  const std::vector<LadderStep>& ladder_for(const Customer& customer) const;

  // Adds a payment or credit note that was just written (and read back), so that a command
  // sees its effect without loading the ledger again. Its customer must be known.
  void add_payment(Payment payment);
};

}  // namespace arcollect
