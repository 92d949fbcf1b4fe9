// Import rules (ledger/import_rules): the keys of import/NAME.toml and every refusal.
#include <doctest/doctest.h>

#include "ledger/error.hpp"
#include "ledger/import_rules.hpp"

using namespace arcollect;

namespace {

std::string error_of(const std::string& text) {
  try {
    read_import_rules(text, "import/bank.toml");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

const char* kMinimal = "currency = \"GBP\"\n[columns]\ndate = \"Date\"\namount = \"Amount\"\n";

}  // namespace

TEST_CASE("import rules: defaults") {
  const ImportRules r = read_import_rules(kMinimal, "import/bank.toml");
  CHECK(r.delimiter == ',');
  CHECK(r.skip == 0);
  CHECK(r.header);
  CHECK(r.encoding == TextEncoding::utf8);
  CHECK(r.date_format == "%Y-%m-%d");
  CHECK(r.decimal == '.');
  CHECK(r.sign == SignMode::signed_amount);
  CHECK(r.currency == "GBP");
  CHECK(r.account == "");
  CHECK(r.columns.date.name == "Date");
  CHECK(r.columns.amount.name == "Amount");
  CHECK_FALSE(r.columns.reference.set());
  CHECK(r.columns.description.empty());
  CHECK_FALSE(r.skip_when);
  CHECK(r.match.empty());
}

TEST_CASE("import rules: every key") {
  const ImportRules r = read_import_rules(
      R"(delimiter = ";"
skip = 14
header = true
encoding = "latin-1"
date_format = "%d.%m.%Y"
decimal = ","
sign = "indicator"
account = "NL01"
[columns]
date = 1
amount = "Bedrag"
indicator = "Af Bij"
incoming = ["Bij", "C"]
description = ["Naam", 9]
reference = "Ref"
bank_id = "Id"
currency = "Valuta"
skip_when = { column = "State", values = ["PENDING", "REVERTED"] }

[[match]]
pattern = "northwind|nwt ltd"
customer = "northwind"

[[match]]
pattern = "INV-\\d+"
field = "reference"
customer = "acme"
)",
      "import/bank.toml");
  CHECK(r.delimiter == ';');
  CHECK(r.skip == 14);
  CHECK(r.encoding == TextEncoding::latin1);
  CHECK(r.date_format == "%d.%m.%Y");
  CHECK(r.decimal == ',');
  CHECK(r.sign == SignMode::indicator);
  CHECK(r.account == "NL01");
  CHECK(r.currency == "");
  CHECK(r.columns.date.number == 1);
  CHECK(r.columns.indicator.name == "Af Bij");
  CHECK(r.incoming == std::vector<std::string>{"Bij", "C"});
  REQUIRE(r.columns.description.size() == 2);
  CHECK(r.columns.description[0].name == "Naam");
  CHECK(r.columns.description[1].number == 9);
  CHECK(r.columns.reference.name == "Ref");
  CHECK(r.columns.bank_id.name == "Id");
  CHECK(r.columns.currency.name == "Valuta");
  REQUIRE(r.skip_when);
  CHECK(r.skip_when->column.name == "State");
  CHECK(r.skip_when->values == std::vector<std::string>{"PENDING", "REVERTED"});
  REQUIRE(r.match.size() == 2);
  CHECK(r.match[0].pattern == "northwind|nwt ltd");
  CHECK(r.match[0].field == "any");
  CHECK(r.match[0].customer == "northwind");
  CHECK(r.match[0].line == 20);
  CHECK(r.match[1].pattern == "INV-\\d+");
  CHECK(r.match[1].field == "reference");
  CHECK(r.match[1].line == 24);
}

TEST_CASE("import rules: incoming and skip_when also at the top; credit and debit columns") {
  const ImportRules r = read_import_rules(
      "currency = \"GBP\"\nsign = \"columns\"\nskip_when = { column = 2, values = [\"X\"] }\n"
      "header = false\n[columns]\ndate = 1\ncredit = 7\ndebit = 6\ndescription = 5\n",
      "import/bank.toml");
  CHECK(r.sign == SignMode::columns);
  CHECK_FALSE(r.header);
  CHECK(r.columns.credit.number == 7);
  CHECK(r.columns.debit.number == 6);
  REQUIRE(r.columns.description.size() == 1);
  CHECK(r.columns.description[0].number == 5);
  REQUIRE(r.skip_when);
  CHECK(r.skip_when->column.number == 2);
  const ImportRules top = read_import_rules(
      std::string("sign = \"indicator\"\nincoming = [\"C\"]\n") + kMinimal + "indicator = 4\n",
      "import/bank.toml");
  CHECK(top.incoming == std::vector<std::string>{"C"});
}

TEST_CASE("import rules: refusals name the line and column") {
  CHECK(error_of("delimiter = \",\"\ncolour = \"red\"\n") ==
        "import/bank.toml:2:1: unknown key 'colour' in the rules; the keys are: delimiter, skip, "
        "header, encoding, date_format, decimal, sign, currency, account, incoming, skip_when, "
        "columns, match");
  CHECK(error_of(std::string(kMinimal) + "amont = \"x\"\n") ==
        "import/bank.toml:5:1: unknown key 'amont' in [columns]; the keys are: date, amount, "
        "credit, debit, indicator, incoming, description, reference, bank_id, currency, "
        "skip_when");
  CHECK(error_of("delimiter = 1\n") == "import/bank.toml:1:13: 'delimiter' must be a string");
  CHECK(error_of("delimiter = \";;\"\n") ==
        "import/bank.toml:1:13: 'delimiter' must be one character (not a quote or a line break), "
        "e.g. \";\"");
  CHECK(error_of("skip = -1\n") ==
        "import/bank.toml:1:8: 'skip' must be a number of lines from 0 to 1000");
  CHECK(error_of("skip = \"2\"\n") ==
        "import/bank.toml:1:8: 'skip' must be a number of lines from 0 to 1000");
  CHECK(error_of("header = \"no\"\n") == "import/bank.toml:1:10: 'header' must be true or false");
  CHECK(error_of("encoding = \"utf-16\"\n") ==
        "import/bank.toml:1:12: 'encoding' must be \"utf-8\" or \"latin-1\"");
  CHECK(error_of("date_format = \"%d/%m\"\n") ==
        "import/bank.toml:1:15: 'date_format' needs a day (%d), a month (%m or %b) and a year (%Y "
        "or %y), e.g. \"%d/%m/%Y\"");
  CHECK(error_of("decimal = \"'\"\n") == "import/bank.toml:1:11: 'decimal' must be \".\" or \",\"");
  CHECK(error_of("sign = \"plus\"\n") ==
        "import/bank.toml:1:8: 'sign' \"plus\" must be \"signed\", \"inverted\", \"columns\" or "
        "\"indicator\"");
  CHECK(error_of("currency = \"eur\"\n") ==
        "import/bank.toml:1:12: 'currency' \"eur\" is not an ISO 4217 code; write three capital "
        "letters, e.g. \"EUR\"");
  CHECK(error_of("columns = 3\n") == "import/bank.toml:1:11: 'columns' must be a table: [columns]");
  CHECK(error_of("[columns]\ndate = true\n") ==
        "import/bank.toml:2:8: column 'date' must be a header name (\"Date\") or a column number "
        "(3)");
  CHECK(error_of("[columns]\ndate = 0\n") ==
        "import/bank.toml:2:8: column 'date' = 0: column numbers run from 1 to 1000");
  CHECK(error_of("[columns]\ndate = \"\"\n") ==
        "import/bank.toml:2:8: column 'date' is empty; write a header name");
  CHECK(error_of("[columns]\ndescription = [\"A\", false]\n") ==
        "import/bank.toml:2:21: column 'description' must be a header name (\"Date\") or a column "
        "number (3)");
  CHECK(error_of("currency = \"GBP\"\n[columns]\namount = \"A\"\n") ==
        "import/bank.toml:2:1: the rules need [columns] date, the column with the booking date");
  CHECK(error_of("[columns]\ndate = \"D\"\namount = \"A\"\n") ==
        "import/bank.toml:1:1: the rules need currency = \"...\" or [columns] currency");
  CHECK(error_of("a = [\n") ==
        "import/bank.toml:1:7: TOML syntax error: Error while parsing array: encountered "
        "end-of-file");
  CHECK(error_of("k = \"" + std::string(70'000, 'x') + "\"\n") ==
        "import/bank.toml:1:5: a string is longer than 65536 bytes");
}

TEST_CASE("import rules: sign and columns must fit") {
  const std::string head = "currency = \"GBP\"\n";
  CHECK(error_of(head + "[columns]\ndate = \"D\"\n") ==
        "import/bank.toml:1:1: sign = \"signed\" needs [columns] amount");
  CHECK(error_of(head + "sign = \"inverted\"\n[columns]\ndate = \"D\"\namount = \"A\"\n"
                        "credit = \"C\"\n") ==
        "import/bank.toml:2:8: sign = \"inverted\" takes no [columns] credit; remove it or change "
        "sign");
  CHECK(error_of(head + "sign = \"columns\"\n[columns]\ndate = \"D\"\ncredit = \"C\"\n") ==
        "import/bank.toml:2:8: sign = \"columns\" needs [columns] debit");
  CHECK(error_of(head + "sign = \"columns\"\n[columns]\ndate = \"D\"\ncredit = \"C\"\n"
                        "debit = \"E\"\namount = \"A\"\n") ==
        "import/bank.toml:2:8: sign = \"columns\" takes no [columns] amount; remove it or change "
        "sign");
  CHECK(error_of(head + "sign = \"indicator\"\n[columns]\ndate = \"D\"\namount = \"A\"\n"
                        "indicator = \"I\"\n") ==
        "import/bank.toml:2:8: sign = \"indicator\" needs incoming = [...], the values that mean "
        "money in");
  CHECK(error_of(head + "sign = \"indicator\"\nincoming = [\"C\"]\n[columns]\ndate = \"D\"\n"
                        "amount = \"A\"\n") ==
        "import/bank.toml:2:8: sign = \"indicator\" needs [columns] indicator");
  CHECK(error_of(head + "incoming = [\"C\"]\n" + "[columns]\ndate = \"D\"\namount = \"A\"\n") ==
        "import/bank.toml:1:1: sign = \"signed\" takes no 'incoming'; remove it");
  CHECK(error_of(head + "[columns]\ndate = \"D\"\namount = \"A\"\nindicator = \"I\"\n") ==
        "import/bank.toml:1:1: sign = \"signed\" takes no [columns] indicator; remove it or "
        "change sign");
  CHECK(error_of(head + "incoming = [\"C\"]\n[columns]\nincoming = [\"D\"]\n") ==
        "import/bank.toml:4:12: 'incoming' is given twice, at the top and in [columns]; keep "
        "one");
  CHECK(error_of(head + "header = false\n[columns]\ndate = \"D\"\namount = 2\n") ==
        "import/bank.toml:3:1: with header = false, columns are numbers (1 is the first), not "
        "names");
  CHECK(error_of(std::string(kMinimal) + "skip_when = { column = \"S\" }\n") ==
        "import/bank.toml:5:13: 'skip_when' needs a column and the values that leave a line out");
  CHECK(error_of(std::string(kMinimal) + "skip_when = 3\n") ==
        "import/bank.toml:5:13: 'skip_when' must be a table, e.g. { column = \"State\", values = "
        "[\"PENDING\"] }");
  CHECK(error_of(std::string(kMinimal) +
                 "skip_when = { column = \"S\", values = [\"A\"], x = 1 }\n") ==
        "import/bank.toml:5:45: unknown key 'x' in skip_when; the keys are: column, values");
}

TEST_CASE("import rules: [[match]]") {
  CHECK(error_of(std::string(kMinimal) + "[[match]]\npattern = \"a\"\n") ==
        "import/bank.toml:5:1: [[match]] needs a pattern and a customer, e.g. pattern = \"acme\" "
        "and customer = \"acme\"");
  CHECK(error_of(std::string(kMinimal) +
                 "[[match]]\npattern = \"a\"\ncustomer = \"b\"\nfield = \"memo\"\n") ==
        "import/bank.toml:8:9: 'field' \"memo\" must be \"description\", \"reference\" or "
        "\"any\"");
  CHECK(
      error_of(std::string(kMinimal) + "[[match]]\npattern = \"a\"\ncustomer = \"b\"\nwho = 1\n") ==
      "import/bank.toml:8:1: unknown key 'who' in [[match]]; the keys are: pattern, field, "
      "customer");
  CHECK(error_of("match = 1\n" + std::string(kMinimal)) ==
        "import/bank.toml:1:9: 'match' must be [[match]] tables");
  CHECK(error_of(std::string(kMinimal) + "[[match]]\npattern = 3\ncustomer = \"b\"\n") ==
        "import/bank.toml:6:11: 'pattern' must be a string");
}
