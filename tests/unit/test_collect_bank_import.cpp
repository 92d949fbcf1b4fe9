// Matching bank-statement lines to customers and invoices (collect/bank_import), and the
// bank ids that make an import happen once (ledger/bank_ids).
#include <doctest/doctest.h>

#include "collect/bank_import.hpp"
#include "fixture.hpp"
#include "ledger/bank_ids.hpp"

using namespace arcollect;

namespace {

constexpr const char* kBook = R"(
[[customer]]
id = "acme"
name = "Acme"
[[customer]]
id = "bolt"
name = "Bolt"
[[invoice]]
id = "INV-2026-001"
customer = "acme"
issued = 2026-01-01
amount = 100
[[invoice]]
id = "INV-2026-002"
customer = "acme"
issued = 2026-02-01
amount = 250
[[invoice]]
id = "INV-2026-003"
customer = "bolt"
issued = 2026-02-01
amount = 250
[[invoice]]
id = "7"
customer = "bolt"
issued = 2026-02-01
amount = 70
[[payment]]
date = 2026-02-10
customer = "bolt"
invoice = "INV-2026-003"
amount = 5
bank_id = "acct:F1"
)";

BankLine line(std::int64_t minor, std::string description, std::string reference = "") {
  BankLine l;
  l.line = 1;
  l.date = *parse_date("2026-03-01");
  l.amount_minor = minor;
  l.currency = "GBP";
  l.description = std::move(description);
  l.reference = std::move(reference);
  return l;
}

CustomerRule rule(const std::string& pattern, std::size_t customer, MatchField field) {
  std::string error;
  auto compiled = SafeRegex::compile(pattern, error);
  REQUIRE(compiled);
  return CustomerRule{std::move(*compiled), field, customer, 9};
}

}  // namespace

TEST_CASE("import matching: invoice numbers first, then rules with the exact open amount") {
  LoadResult r = test::load_records(kBook);
  REQUIRE(test::messages(r) == "");
  const AccountState state = account_state(r.book, *parse_date("2026-03-31"));
  BankStatement s;
  s.lines = {
      line(10000, "ACME LTD", "inv2026001"),          // 0: the number, in another case
      line(25000, "ACME LTD PAYMENT"),                // 1: the rule, exactly INV-2026-002
      line(25000, "ACME LTD PAYMENT AGAIN"),          // 2: INV-2026-002 is paid now: none
      line(30000, "BOLT INV-2026-003/INV-2026-002"),  // 3: two customers' numbers: the rule
      line(-5000, "ACME LTD REFUND"),                 // 4: money out
      line(0, "ACME ZERO"),                           // 5: nothing in
      line(1000, "SOMEONE ELSE"),                     // 6: nobody
      line(7000, "BOLT 7"),                           // 7: '7' is too short to be looked for
      line(500, "BOLT", ""),                          // 8: already recorded
  };
  std::vector<std::string> ids = {"a", "b", "c", "d", "e", "f", "g", "h", "acct:F1"};
  std::vector<CustomerRule> rules;
  rules.push_back(rule("acme ltd", 0, MatchField::description));
  rules.push_back(rule("^bolt", 1, MatchField::any));
  const ImportPlan plan = plan_import(state, s, ids, rules);
  REQUIRE(plan.lines.size() == 9);
  CHECK(plan.lines[0].outcome == LineOutcome::recorded);
  CHECK(plan.lines[0].matched_by == MatchedBy::invoice_number);
  CHECK(plan.lines[0].invoices == std::vector<std::size_t>{0});
  CHECK(plan.lines[1].matched_by == MatchedBy::rule);
  CHECK(plan.lines[1].exact_amount);
  CHECK(plan.lines[1].invoices == std::vector<std::size_t>{1});
  CHECK(plan.lines[1].rule_line == 9);
  CHECK(plan.lines[2].outcome == LineOutcome::recorded);
  CHECK_FALSE(plan.lines[2].exact_amount);
  CHECK(plan.lines[2].invoices.empty());
  CHECK(plan.lines[3].matched_by == MatchedBy::rule);
  CHECK(*plan.lines[3].customer == 1);
  CHECK(plan.lines[4].outcome == LineOutcome::money_out);
  CHECK(plan.lines[5].outcome == LineOutcome::money_out);
  CHECK(plan.lines[6].outcome == LineOutcome::no_customer);
  CHECK(plan.lines[7].matched_by == MatchedBy::rule);
  CHECK(plan.lines[7].invoices == std::vector<std::size_t>{3});  // its open amount, 70.00
  CHECK(plan.lines[8].outcome == LineOutcome::already_recorded);
  CHECK(*plan.lines[8].recorded_as == 0);
  CHECK(plan.recorded == 5);
  CHECK(plan.money_out == 2);
  CHECK(plan.unmatched == 1);
  CHECK(plan.already_recorded == 1);
  // Each payment carries its line's bank id.
  REQUIRE(plan.payments.size() == 5);
  CHECK(plan.payments[0].bank_id == "a");
  CHECK(plan.payments[0].invoice == "INV-2026-001");
  CHECK(plan.payments[0].ref == "inv2026001");
  CHECK(plan.payments[1].ref == "ACME LTD PAYMENT");
}

TEST_CASE("import matching: a payment beyond its invoice is split, one bank id on both") {
  LoadResult r = test::load_records(kBook);
  const AccountState state = account_state(r.book, *parse_date("2026-03-31"));
  BankStatement s;
  s.lines = {line(15000, "INV-2026-001 and more")};
  const ImportPlan plan = plan_import(state, s, {"x"}, {});
  REQUIRE(plan.payments.size() == 2);
  CHECK(plan.payments[0].invoice == "INV-2026-001");
  CHECK(plan.payments[0].amount.minor == 10000);
  CHECK(plan.payments[1].invoice == "");
  CHECK(plan.payments[1].amount.minor == 5000);
  CHECK(plan.payments[1].bank_id == "x");
}

TEST_CASE("import matching: a customer with no invoice in the line's currency is unmatched") {
  LoadResult r = test::load_records(kBook);
  const AccountState state = account_state(r.book, *parse_date("2026-03-31"));
  BankStatement s;
  s.lines = {line(100, "ACME LTD")};
  s.lines[0].currency = "EUR";
  std::vector<CustomerRule> rules;
  rules.push_back(rule("acme", 0, MatchField::reference));  // reference only: no match
  CHECK(plan_import(state, s, {"x"}, rules).lines[0].outcome == LineOutcome::no_customer);
  rules.push_back(rule("acme", 0, MatchField::description));
  const ImportPlan plan = plan_import(state, s, {"x"}, rules);
  CHECK(plan.lines[0].outcome == LineOutcome::no_invoices);
  CHECK(plan.unmatched == 1);
  CHECK(plan.payments.empty());
}

TEST_CASE("bank ids: the bank's own per account, else a stable hash that counts repeats") {
  BankStatement s;
  s.account = "12-34";
  s.lines = {line(340, "COFFEE"), line(340, "COFFEE"), line(100, "X"), line(100, "X")};
  s.lines[2].bank_id = "F9";
  s.lines[3].bank_id = std::string(300, 'f');
  const std::vector<std::string> ids = statement_bank_ids(s);
  REQUIRE(ids.size() == 4);
  CHECK(ids[0] != ids[1]);  // two equal coffees are two transactions
  CHECK(ids[0].starts_with("h:"));
  CHECK(ids[0].size() == 18);
  CHECK(ids[2] == "12-34:F9");
  CHECK(ids[3].starts_with("h:"));  // too long to be an id
  // The same lines in a statement that starts earlier keep their ids.
  BankStatement longer = s;
  longer.lines.insert(longer.lines.begin(), line(999, "EARLIER"));
  const std::vector<std::string> again = statement_bank_ids(longer);
  CHECK(std::vector<std::string>(again.begin() + 1, again.end()) == ids);
  // Another account, another id.
  s.account = "99";
  CHECK(statement_bank_ids(s)[0] != ids[0]);
}

TEST_CASE("import matching: what pay recorded by hand, and a number that owes nothing") {
  LoadResult r = test::load_records(std::string(kBook) + R"(
[[payment]]
date = 2026-03-01
customer = "acme"
invoice = "INV-2026-002"
amount = 42
ref = "keyed in"
[[payment]]
date = 2026-02-15
customer = "acme"
invoice = "INV-2026-001"
amount = 100
ref = "cheque"
)");
  REQUIRE(test::messages(r) == "");
  const AccountState state = account_state(r.book, *parse_date("2026-03-31"));
  BankStatement s;
  s.lines = {line(4200, "INV-2026-002"), line(4200, "INV-2026-002"), line(1000, "INV-2026-001")};
  const ImportPlan plan = plan_import(state, s, {"a", "b", "c"}, {});
  // The first of two equal lines is the payment keyed in; the second is new.
  CHECK(plan.lines[0].outcome == LineOutcome::already_recorded);
  CHECK(plan.lines[0].by_hand);
  CHECK(*plan.lines[0].recorded_as == 1);
  CHECK(plan.lines[1].outcome == LineOutcome::recorded);
  // INV-2026-001 is paid: its number still says the money is acme's, but the payment names
  // no invoice, and the payment rule applies it.
  CHECK(plan.lines[2].matched_by == MatchedBy::invoice_number);
  CHECK(plan.lines[2].number_found == "INV-2026-001");
  CHECK(*plan.lines[2].customer == 0);
  CHECK(plan.lines[2].invoices.empty());
  CHECK(plan.payments.back().invoice.empty());
}

TEST_CASE("import matching: the open amount never names a disputed invoice, nor beside a plan") {
  LoadResult r = test::load_records(std::string(kBook) + R"(
[[contact]]
date = 2026-02-20
customer = "acme"
invoices = ["INV-2026-001"]
channel = "email"
outcome = "dispute"
note = "wrong amount"
[[invoice]]
id = "INV-2026-009"
customer = "bolt"
issued = 2026-02-01
amount = 40
[[plan]]
id = "bolt-plan"
customer = "bolt"
invoices = ["INV-2026-003"]
agreed = 2026-03-01
installments = [ { due = 2026-04-01, amount = 245 } ]
)");
  REQUIRE(test::messages(r) == "");
  const AccountState state = account_state(r.book, *parse_date("2026-03-20"));
  BankStatement s;
  s.lines = {line(10000, "ACME"), line(4000, "BOLT")};
  std::vector<CustomerRule> rules;
  rules.push_back(rule("acme", 0, MatchField::any));
  rules.push_back(rule("bolt", 1, MatchField::any));
  const ImportPlan plan = plan_import(state, s, {"a", "b"}, rules);
  // INV-2026-001 owes exactly 100.00 but is disputed: the payment rule decides (it waits).
  CHECK_FALSE(plan.lines[0].exact_amount);
  CHECK(plan.lines[0].invoices.empty());
  // INV-2026-009 owes exactly 40.00, but a live plan covers bolt's INV-2026-003: the plan first.
  CHECK_FALSE(plan.lines[1].exact_amount);
  CHECK(plan.lines[1].invoices.empty());
}

TEST_CASE("statement text cannot carry the colour mark U+FFFF") {
  CHECK(collapse_whitespace("A\xEF\xBF\xBF"
                            "31mB") ==
        "A\xEF\xBF\xBD"
        "31mB");
}
