// `arcollect import`: which bank-statement lines are payments from customers, and for which
// invoices. In order: an invoice number found in the line's reference or description names the
// invoice (and so the customer); else the first [[match]] rule whose pattern matches names the
// customer, and a line for exactly the open amount of one of its invoices pays that invoice;
// else the payment names no invoice, and the payment rule (ledger/allocation) applies it, a
// live plan's invoices first, then the oldest due. Money going out, and lines from no known
// customer, are left unmatched; a line whose bank_id is already in the ledger is skipped, and so
// is one that a payment recorded by hand (no bank_id; the same customer, day and amount) holds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/account_state.hpp"
#include "ledger/safe_regex.hpp"
#include "ledger/statement.hpp"

namespace arcollect {

enum class MatchField { description, reference, any };

// A [[match]] rule, its pattern compiled and its customer found.
struct CustomerRule {
  SafeRegex pattern;
  MatchField field = MatchField::any;
  std::size_t customer = 0;
  std::uint32_t line = 0;  // of the [[match]] table in the rules file
};

enum class LineOutcome {
  recorded,          // becomes a payment
  already_recorded,  // its bank_id is in the ledger
  money_out,         // zero or negative: not a payment from a customer
  no_customer,       // from no customer the rules or an invoice number name
  no_invoices,       // the customer has no invoice in the line's currency
};

enum class MatchedBy { invoice_number, rule };

struct ImportedLine {
  BankLine line;
  std::string bank_id;
  LineOutcome outcome = LineOutcome::no_customer;
  std::optional<std::size_t> customer;
  MatchedBy matched_by = MatchedBy::rule;
  std::uint32_t rule_line = 0;        // matched_by rule: its [[match]] line
  std::string number_found;           // invoice_number: the first number found in the line
  std::vector<std::size_t> invoices;  // the open ones it names (none: the payment rule)
  bool exact_amount = false;          // named because it is exactly one invoice's open amount
  // already_recorded: the payment that carries the bank_id; none when it is an earlier line of
  // the same statement (a bank that lists one transaction twice)
  std::optional<std::size_t> recorded_as;
  bool by_hand = false;  // recorded_as has no bank_id: the same customer, day and amount
};

struct ImportPlan {
  std::vector<ImportedLine> lines;  // in statement order
  std::vector<Payment> payments;    // the records to write, in statement order
  std::size_t recorded = 0, already_recorded = 0, money_out = 0, unmatched = 0;
};

// What importing `statement` (with `bank_ids` from statement_bank_ids) would record, as of
// the state's day.
ImportPlan plan_import(const AccountState& state, const BankStatement& statement,
                       const std::vector<std::string>& bank_ids,
                       const std::vector<CustomerRule>& rules);

}  // namespace arcollect
