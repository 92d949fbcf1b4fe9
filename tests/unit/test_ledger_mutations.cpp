// Bad input never crashes: every truncation of a ledger's files and thousands of byte
// substitutions load into diagnostics, never an exception or a crash (CI runs this under ASan
// and UBSan too).
#include <doctest/doctest.h>

#include "fixture.hpp"

using namespace arcollect;

namespace {

const std::string kRecords = R"([[customer]]
id = "acme"
name = "Acme Café"
terms_days = 30
credit_limit = 1000
payment_run = "last friday"
[[customer.contact]]
name = "Ann"
role = "ap"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
due = 2026-01-31
amount = "100.50"
[[payment]]
date = 2026-02-01
customer = "acme"
invoice = "A1"
amount = 20.25
[[contact]]
date = 2026-02-02
customer = "acme"
invoices = ["A1"]
channel = "call"
outcome = "promise"
promise_date = 2026-02-09
promise_amount = 80.25
[[plan]]
id = "p"
customer = "acme"
invoices = ["A1"]
agreed = 2026-02-01
installments = [{ due = 2026-02-08, amount = 80.25 }]
)";

const std::string kSettingsText = std::string(test::kSettings) +
                                  "[aging]\nbuckets = [30, 60]\n[[ladder]]\nname = \"r\"\n"
                                  "day = 1\naction = \"email\"\nto = \"ap\"\n";

void load_without_throwing(const std::string& settings, const std::string& records) {
  CHECK_NOTHROW(test::load_texts({{"arcollect.toml", settings}, {"r.toml", records}}));
}

}  // namespace

TEST_CASE("the unmutated ledger is clean") {
  CHECK(test::messages(
            test::load_texts({{"arcollect.toml", kSettingsText}, {"r.toml", kRecords}})) == "");
}

TEST_CASE("every truncation loads without crashing") {
  for (std::size_t n = 0; n < kRecords.size(); ++n)
    load_without_throwing(kSettingsText, kRecords.substr(0, n));
  for (std::size_t n = 0; n < kSettingsText.size(); ++n)
    load_without_throwing(kSettingsText.substr(0, n), kRecords);
}

TEST_CASE("byte substitutions load without crashing") {
  const char replacements[] = {'\0', '"', '[', ']', '=', '\n', '-', '9', '.', 'x', '\xff', ','};
  for (std::size_t at = 0; at < kRecords.size(); ++at) {
    for (char c : replacements) {
      std::string mutated = kRecords;
      mutated[at] = c;
      load_without_throwing(kSettingsText, mutated);
    }
  }
}
