// Account names and free text in a journal (render/journal_names).
#include <doctest/doctest.h>

#include <set>

#include "render/journal_names.hpp"

using namespace arcollect;

TEST_CASE("accounts in ledger's and beancount's style") {
  ExportSettings accounts;
  CHECK(account_name(accounts, JournalAccount::receivable, "acme.co_uk", JournalStyle::ledger) ==
        "assets:receivable:acme.co_uk");
  CHECK(account_name(accounts, JournalAccount::receivable, "acme.co_uk", JournalStyle::beancount) ==
        "Assets:Receivable:AcmeDotcoUnduk");
  CHECK(account_name(accounts, JournalAccount::credit_notes, "", JournalStyle::beancount) ==
        "Income:Sales:Credit-notes");
  CHECK(account_name(accounts, JournalAccount::opening, "", JournalStyle::ledger) ==
        "equity:opening-balances");
}

TEST_CASE("customer ids map one to one onto beancount components") {
  CHECK(beancount_component("northwind") == "Northwind");
  CHECK(beancount_component("3m-uk") == "3m-uk");
  std::set<std::string> seen;
  for (const char* id : {"a.b", "a_b", "adotb", "a-b", "adb", "a.dotb", "aunddotb", "a_.b"})
    CHECK(seen.insert(beancount_component(id)).second);
}

TEST_CASE("ledger text stays on its line and out of comments, codes and tags") {
  CHECK(ledger_text("  Web\ndesign;  next\t| line  ") == "Web design, next / line");
  CHECK(ledger_text("(code) name") == "[code) name");
  CHECK(ledger_text("\n\n") == "");
  CHECK(ledger_tag_value("PO: 7, 8; 9") == "PO 7 8 9");
}

TEST_CASE("beancount strings are quoted with their quotes escaped") {
  CHECK(beancount_string("say \"hi\"\\\n") == "\"say \\\"hi\\\"\\\\ \"");
}
