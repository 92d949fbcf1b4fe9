// A customer's statement of account: from a date to the as-of date, per currency, the opening
// balance, every invoice, payment and credit note in date order with a running balance, and
// the closing balance; with the plan installments, promises, disputes and contact history
// that explain it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collect/aging.hpp"

namespace arcollect {

enum class StatementKind { invoice, payment, credit, installment };

struct StatementLine {
  Date date{};
  StatementKind kind = StatementKind::invoice;
  std::string reference;      // the invoice id, the payment's ref, the plan id
  std::string description;    // the invoice's description, or the payment's reason, as written
  std::string names_invoice;  // the invoice a payment names; "" when it names none
  std::int64_t debit = 0;     // an invoice
  std::int64_t credit = 0;    // a payment or credit note
  std::int64_t due = 0;       // a plan installment: owed under the plan (not in the balance)
  std::int64_t balance = 0;
};

struct StatementAccount {
  std::string currency;
  std::int64_t opening = 0;  // before `from`
  std::vector<StatementLine> lines;
  std::int64_t closing = 0;
  std::optional<AgingRow> aging;  // what is owed on the as-of date, by age
};

struct StatementPromise {
  Date made{}, date{};
  std::string with;
  std::optional<Money> amount;
};

struct StatementDispute {
  std::string invoice;
  std::string reason;
};

struct StatementSpec {
  Date from{};  // the first day shown; earlier records make the opening balance
  Date today{};
  bool history = true;
};

struct Statement {
  std::size_t customer = 0;
  Date from{}, to{};
  std::vector<std::string> labels;         // aging bucket labels
  std::vector<AgeRange> ranges;            // and their days
  std::vector<StatementAccount> accounts;  // the business currency first, then by code
  std::vector<StatementPromise> promises;  // still open on the as-of date
  std::vector<StatementDispute> disputes;
  std::vector<std::size_t> history;  // contact-log entries in the period, by date
};

// `state` is as of spec.today.
Statement statement(const AccountState& state, std::size_t customer, const StatementSpec& spec);

std::string_view statement_kind_name(StatementKind kind);

}  // namespace arcollect
