// Bank CSV statements (ledger/statement_csv, csv_rows): read as import rules say, every error.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ledger/error.hpp"
#include "ledger/limits.hpp"
#include "ledger/statement_csv.hpp"

using namespace arcollect;

namespace {

ImportRules rules_of(const std::string& toml) {
  return read_import_rules(toml, "import/bank.toml");
}

const char* kSigned =
    "currency = \"GBP\"\ndate_format = \"%d/%m/%Y\"\n[columns]\ndate = \"Date\"\n"
    "amount = \"Amount\"\n";
const char* kFull = "description = [\"Name\", \"Memo\"]\nreference = \"Ref\"\nbank_id = \"Id\"\n";

std::string error_of(const std::string& csv, const std::string& rules = kSigned) {
  try {
    read_bank_csv(csv, rules_of(rules), "bank.csv");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

std::string date_of(std::string_view text, std::string_view format) {
  const auto day = parse_statement_date(text, format);
  return day ? format_date(*day) : "none";
}

}  // namespace

TEST_CASE("CSV: header, quoting, CRLF, BOM, trailing delimiter, blank lines at the end") {
  const std::string csv =
      "\xEF\xBB\xBF"
      "Date,Name,Memo,Amount,Ref,Id,\r\n"
      "05/01/2026,\"Northwind, Ltd\",\"said \"\"hi\"\"\",+120.50,INV-7,T1,\r\n"
      "6/1/2026,  Acme  ,\"two\r\nlines\",-80,,T2\r\n"
      "07/01/2026,'Zero',,0.0,,,\r\n"
      "\r\n,,,\r\n\r\n";
  const ImportRules rules = rules_of(std::string(kSigned) + kFull +
                                     "[[match]]\npattern = \"x\"\n"
                                     "customer = \"y\"\n");
  const BankStatement s = read_bank_csv(csv, rules, "bank.csv");
  CHECK(s.account == "");
  CHECK(s.skipped == 0);
  REQUIRE(s.lines.size() == 3);
  CHECK(s.lines[0].line == 2);
  CHECK(format_date(s.lines[0].date) == "2026-01-05");
  CHECK(s.lines[0].amount_minor == 12050);
  CHECK(s.lines[0].currency == "GBP");
  CHECK(s.lines[0].description == "Northwind, Ltd said \"hi\"");
  CHECK(s.lines[0].reference == "INV-7");
  CHECK(s.lines[0].bank_id == "T1");
  CHECK(s.lines[1].line == 3);
  CHECK(s.lines[1].amount_minor == -8000);
  CHECK(s.lines[1].description == "Acme two lines");
  CHECK(s.lines[1].reference == "");
  CHECK(s.lines[2].line == 5);  // the quoted line break counts
  CHECK(s.lines[2].amount_minor == 0);
  CHECK(s.lines[2].description == "Zero");  // single quotes around free text dropped
}

TEST_CASE("CSV sign: inverted, credit/debit columns, an indicator column") {
  const std::string base = "currency = \"EUR\"\ndate_format = \"%Y-%m-%d\"\n";
  const BankStatement inverted = read_bank_csv(
      "Date,Amount\n2026-01-05,-12.00\n2026-01-06,3\n",
      rules_of(base + "sign = \"inverted\"\n[columns]\ndate = \"Date\"\namount = \"Amount\"\n"),
      "bank.csv");
  CHECK(inverted.lines[0].amount_minor == 1200);
  CHECK(inverted.lines[1].amount_minor == -300);
  const BankStatement columns =
      read_bank_csv("Date,Debit,Credit\n2026-01-05,8.99,\n2026-01-06,,2000\n2026-01-07,,\n",
                    rules_of(base + "sign = \"columns\"\n[columns]\ndate = \"Date\"\n"
                                    "credit = \"Credit\"\ndebit = \"Debit\"\n"),
                    "bank.csv");
  CHECK(columns.lines[0].amount_minor == -899);
  CHECK(columns.lines[1].amount_minor == 200000);
  CHECK(columns.lines[2].amount_minor == 0);
  const BankStatement indicator = read_bank_csv(
      "Date;Af Bij;Amount\n2026-01-05;Bij;1,25\n2026-01-06; af ;1,25\n2026-01-07;c;-2\n",
      rules_of(base + "delimiter = \";\"\ndecimal = \",\"\nsign = \"indicator\"\n[columns]\n"
                      "date = \"Date\"\namount = \"Amount\"\nindicator = \"Af Bij\"\n"
                      "incoming = [\"Bij\", \"C\"]\n"),
      "bank.csv");
  CHECK(indicator.lines[0].amount_minor == 125);
  CHECK(indicator.lines[1].amount_minor == -125);
  CHECK(indicator.lines[2].amount_minor == 200);  // the indicator decides, not the sign
}

TEST_CASE("CSV amounts: decimal mark, thousands separators, decimals") {
  const std::string comma =
      "currency = \"EUR\"\ndelimiter = \";\"\ndecimal = \",\"\n[columns]\ndate = 1\namount = 2\n";
  const BankStatement s = read_bank_csv(
      "D;A\n2026-01-01;1.234,5\n2026-01-01;-1 234,56\n2026-01-01;1'000\n"
      "2026-01-01;2\xC2\xA0"
      "000,00\n2026-01-01;-01,7\n2026-01-01;3,000\n",
      rules_of(comma), "bank.csv");
  REQUIRE(s.lines.size() == 6);
  CHECK(s.lines[0].amount_minor == 123450);
  CHECK(s.lines[1].amount_minor == -123456);
  CHECK(s.lines[2].amount_minor == 100000);
  CHECK(s.lines[3].amount_minor == 200000);
  CHECK(s.lines[4].amount_minor == -170);
  CHECK(s.lines[5].amount_minor == 300);  // extra zero decimals are fine
  const BankStatement point =
      read_bank_csv("Date,Amount\n01/01/2026,\"1,234.50\"\n", rules_of(kSigned), "bank.csv");
  CHECK(point.lines[0].amount_minor == 123450);
  CHECK(error_of("Date,Amount\n01/01/2026,12.345\n") ==
        "bank.csv:2: amount 12.345 has more decimals than GBP allows; check the statement's "
        "currency");
  CHECK(error_of("Date,Amount\n01/01/2026,12.5x\n") ==
        "bank.csv:2: amount \"12.5x\" is not a number; write it like -12.50");
  CHECK(error_of("Date,Amount\n01/01/2026,\n") ==
        "bank.csv:2: the amount (\"Amount\") is empty; is this the right column?");
}

TEST_CASE("CSV dates: the formats of date_format") {
  CHECK(date_of("05/01/2026", "%d/%m/%Y") == "2026-01-05");
  CHECK(date_of("5/1/2026", "%d/%m/%Y") == "2026-01-05");
  CHECK(date_of("20200213", "%Y%m%d") == "2020-02-13");
  CHECK(date_of("13.02.20", "%d.%m.%y") == "2020-02-13");
  CHECK(date_of("13 feb 2020", "%d %b %Y") == "2020-02-13");
  CHECK(date_of("13-FEB-2020", "%d-%b-%Y") == "2020-02-13");
  CHECK(date_of("2022-01-08 08:11:42", "%Y-%m-%d %H:%M:%S") == "2022-01-08");
  CHECK(date_of("2022-01-08 08:11:42", "%Y-%m-%d") == "none");
  CHECK(date_of("2022-01-08", "%Y-%m-%d %H:%M:%S") == "none");
  CHECK(date_of("31/02/2026", "%d/%m/%Y") == "none");
  CHECK(date_of("13/13/2026", "%d/%m/%Y") == "none");
  CHECK(date_of("1/1/26", "%d/%m/%Y") == "none");
  CHECK(date_of("50% 01/01/2026", "50%% %d/%m/%Y") == "2026-01-01");
  CHECK(error_of("Date,Amount\n2026-01-05,1\n") ==
        "bank.csv:2: date \"2026-01-05\" (\"Date\") does not match date_format \"%d/%m/%Y\"; fix "
        "the rules' date_format or [columns] date");
}

TEST_CASE("CSV currency: a column, else the rules' currency") {
  const std::string rules =
      "currency = \"EUR\"\n[columns]\ndate = \"D\"\namount = \"A\"\ncurrency = \"C\"\n";
  const BankStatement s =
      read_bank_csv("D,A,C\n2026-01-01,1,usd\n2026-01-01,1,\n", rules_of(rules), "bank.csv");
  CHECK(s.lines[0].currency == "USD");
  CHECK(s.lines[1].currency == "EUR");
  CHECK(error_of("D,A,C\n2026-01-01,1,EURO\n", rules) ==
        "bank.csv:2: currency \"EURO\" is not an ISO 4217 code; is [columns] currency the right "
        "column?");
  CHECK(error_of("D,A,C\n2026-01-01,1,\n",
                 "[columns]\ndate = \"D\"\namount = \"A\"\ncurrency = \"C\"\n") ==
        "bank.csv:2: the currency (\"C\") is empty; set currency = \"EUR\" (say) in the rules");
}

TEST_CASE("CSV: skip, no header, skip_when, account, duplicate header names") {
  const BankStatement s = read_bank_csv(
      "Export of 2026\n\n05/01/2026,x,1.00,DONE\n06/01/2026,y,2.00,PENDING\n",
      rules_of("skip = 2\nheader = false\ncurrency = \"GBP\"\naccount = \"GB01\"\n"
               "date_format = \"%d/%m/%Y\"\n[columns]\ndate = 1\namount = 3\ndescription = 2\n"
               "skip_when = { column = 4, values = [\"PENDING\"] }\n"),
      "bank.csv");
  CHECK(s.account == "GB01");
  CHECK(s.skipped == 1);
  REQUIRE(s.lines.size() == 1);
  CHECK(s.lines[0].line == 3);
  CHECK(s.lines[0].description == "x");
  const BankStatement twice =
      read_bank_csv("Date, Amount ,Amount\n05/01/2026,1,2\n", rules_of(kSigned), "bank.csv");
  CHECK(twice.lines[0].amount_minor == 100);  // the first column of that name
}

TEST_CASE("CSV text encoding") {
  const BankStatement s = read_bank_csv(
      "Date,Name,Amount\n05/01/2026,\x80 M\xFCller \xE0,1\n",
      rules_of("encoding = \"latin-1\"\n" + std::string(kSigned) + "description = \"Name\"\n"),
      "bank.csv");
  CHECK(s.lines[0].description == "\xE2\x82\xAC M\xC3\xBCller \xC3\xA0");
  CHECK(error_of("Date,Name,Amount\n05/01/2026,ok,1\n05/01/2026,M\xFCller,1\n") ==
        "bank.csv:3: the file is not UTF-8 (byte 0xFC); if the bank writes Latin-1 or "
        "Windows-1252, set encoding = \"latin-1\" in the rules");
}

TEST_CASE("CSV errors: columns, quotes, limits") {
  CHECK(error_of("Datum,Bedrag,\n05/01/2026,1\n") ==
        "bank.csv:1: no column \"Date\" in the header (for [columns] date); its columns are "
        "\"Datum\", \"Bedrag\", \"\"; fix the rules");
  CHECK(error_of("Date,Amount,Name,Ref,Id\n05/01/2026,1,Acme,,\n", std::string(kSigned) + kFull) ==
        "bank.csv:1: no column \"Memo\" in the header (for [columns] description); its columns "
        "are \"Date\", \"Amount\", \"Name\", \"Ref\", \"Id\"; fix the rules");
  CHECK(error_of("\n\n") ==
        "bank.csv: no header row after the 0 lines skipped; check 'skip' in the rules");
  CHECK(error_of("Date,Amount\n05/01/2026,\"1\n06/01/2026,2\n") ==
        "bank.csv:2: a quoted field is never closed; every \" that opens a field needs one that "
        "closes it (a quote inside is \"\")");
  CHECK(error_of("Date,Amount\n05/01/2026,1,\"" + std::string(70'000, 'x') + "\"\n") ==
        "bank.csv:2: a field is longer than 65536 bytes; is the delimiter right?");
  CHECK(error_of("Date,Amount\n" + std::string(2000, ',') + "\n") ==
        "bank.csv:2: the line has more than 1000 columns; is the delimiter right?");
  CHECK(error_of(std::string(kMaxFileBytes + 1, '\n')) ==
        "bank.csv: the file is larger than 64 MiB; split the statement into shorter periods");
  // Nothing partial: one bad line refuses the file.
  CHECK(error_of("Date,Amount\n05/01/2026,1\n05/01/2026,x\n") ==
        "bank.csv:3: amount \"x\" is not a number; write it like -12.50");
}

namespace {

const std::filesystem::path kStatements = ARCOLLECT_SOURCE_DIR "/../shared/statements/csv";

struct Expected {
  const char* file;
  const char* rules;
  std::size_t lines, incoming, outgoing;
  const char* currency;
  std::vector<std::int64_t> incoming_minor;
};

}  // namespace

TEST_CASE("CSV files from real banks (../shared/statements, when present)") {
  if (!std::filesystem::is_directory(kStatements)) {
    MESSAGE("skipped: no folder " << kStatements.string());
    return;
  }
  const Expected expected[] = {
      {"ing-de-latin1.csv",
       "delimiter = \";\"\nskip = 14\nencoding = \"latin-1\"\ndate_format = \"%d.%m.%Y\"\n"
       "decimal = \",\"\n[columns]\ndate = \"Buchung\"\namount = \"Betrag\"\n"
       "currency = \"W\xC3\xA4hrung\"\ndescription = [\"Auftraggeber/Empf\xC3\xA4nger\", "
       "\"Verwendungszweck\"]\n",
       9,
       1,
       8,
       "EUR",
       {5000}},
      {"lloyds-uk.csv",
       "currency = \"GBP\"\ndate_format = \"%d/%m/%Y\"\nsign = \"columns\"\n[columns]\n"
       "date = \"Transaction Date\"\ncredit = \"Credit Amount\"\ndebit = \"Debit Amount\"\n"
       "description = \"Transaction Description\"\n",
       12,
       2,
       10,
       "GBP",
       {200000, 50000}},
      {"knab-nl.csv",
       "delimiter = \";\"\nskip = 1\ndate_format = \"%d-%m-%Y\"\ndecimal = \",\"\n"
       "sign = \"indicator\"\n[columns]\ndate = \"Transactiedatum\"\namount = \"Bedrag\"\n"
       "indicator = \"CreditDebet\"\nincoming = [\"C\"]\ncurrency = \"Valutacode\"\n"
       "bank_id = \"Referentie\"\ndescription = [\"Tegenrekeninghouder\", \"Omschrijving\"]\n",
       28,
       13,
       15,
       "EUR",
       {82775, 250000, 250000, 100000, 250000, 150000, 200000, 350000, 150000, 100000, 100000,
        100000, 702}},
      {"ing-nl-afbij.csv",
       "currency = \"EUR\"\ndate_format = \"%Y%m%d\"\ndecimal = \",\"\nsign = \"indicator\"\n"
       "[columns]\ndate = \"Datum\"\namount = \"Bedrag (EUR)\"\nindicator = \"Af Bij\"\n"
       "incoming = [\"Bij\"]\ndescription = [\"Naam / Omschrijving\", \"Mededelingen\"]\n",
       6,
       2,
       3,
       "EUR",
       {125, 2000}},
      {"asn-nl-noheader.csv",
       "header = false\ndate_format = \"%d-%m-%Y\"\n[columns]\ndate = 1\namount = 11\n"
       "currency = 10\ndescription = [4, 18]\n",
       11,
       3,
       8,
       "EUR",
       {22377, 50315, 256000}},
      {"revolut.csv",
       "date_format = \"%Y-%m-%d %H:%M:%S\"\n[columns]\ndate = \"Started Date\"\n"
       "amount = \"Amount\"\ncurrency = \"Currency\"\ndescription = \"Description\"\n",
       9,
       1,
       7,
       "EUR",
       {50000}},
  };
  for (const Expected& e : expected) {
    CAPTURE(e.file);
    std::ifstream in(kStatements / e.file, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const BankStatement s = read_bank_csv(bytes.str(), rules_of(e.rules), e.file);
    CHECK(s.lines.size() == e.lines);
    std::vector<std::int64_t> incoming;
    std::size_t outgoing = 0;
    for (const BankLine& line : s.lines) {
      CHECK(line.currency == e.currency);
      if (line.amount_minor > 0) incoming.push_back(line.amount_minor);
      if (line.amount_minor < 0) ++outgoing;
    }
    CHECK(incoming.size() == e.incoming);
    CHECK(incoming == e.incoming_minor);
    CHECK(outgoing == e.outgoing);
  }
}

TEST_CASE("CSV real files: the traps SOURCES.md lists") {
  if (!std::filesystem::is_directory(kStatements)) {
    MESSAGE("skipped: no folder " << kStatements.string());
    return;
  }
  const auto read = [](const char* file) {
    std::ifstream in(kStatements / file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  };
  // Revolut: PENDING lines left out when the rules say so, and counted.
  const BankStatement revolut = read_bank_csv(
      read("revolut.csv"),
      rules_of("date_format = \"%Y-%m-%d %H:%M:%S\"\n[columns]\ndate = \"Started Date\"\n"
               "amount = \"Amount\"\ncurrency = \"Currency\"\nbank_id = 99\n"
               "skip_when = { column = \"State\", values = [\"PENDING\"] }\n"),
      "revolut.csv");
  CHECK(revolut.lines.size() == 7);
  CHECK(revolut.skipped == 2);
  CHECK(revolut.lines[0].bank_id == "");  // past the last column: empty
  // Knab: the bank's reference is each line's id; lines keep their file line numbers.
  const BankStatement knab = read_bank_csv(
      read("knab-nl.csv"),
      rules_of("delimiter = \";\"\nskip = 1\ndate_format = \"%d-%m-%Y\"\ndecimal = \",\"\n"
               "sign = \"indicator\"\n[columns]\ndate = \"Transactiedatum\"\namount = \"Bedrag\"\n"
               "indicator = \"CreditDebet\"\nincoming = [\"C\"]\ncurrency = \"Valutacode\"\n"
               "bank_id = \"Referentie\"\n"),
      "knab-nl.csv");
  CHECK(knab.lines[0].line == 3);
  CHECK(knab.lines[0].bank_id == "B9F21PGYA068V2KD");
  CHECK(format_date(knab.lines[0].date) == "2019-06-21");
  // ING Germany: Latin-1 text.
  const BankStatement ing = read_bank_csv(
      read("ing-de-latin1.csv"),
      rules_of("delimiter = \";\"\nskip = 14\nencoding = \"latin-1\"\ncurrency = \"EUR\"\n"
               "date_format = \"%d.%m.%Y\"\ndecimal = \",\"\n[columns]\ndate = \"Buchung\"\n"
               "amount = \"Betrag\"\ndescription = \"Verwendungszweck\"\n"),
      "ing-de-latin1.csv");
  CHECK(ing.lines[5].description ==
        "\xC3\x9C"
        "bernachtung in Neuenhausen am 21.05.2017");
  CHECK(ing.lines[0].line == 16);
}

TEST_CASE("CSV amounts: a separator out of place is a wrong decimal mark, never a scaled amount") {
  const std::string rules =
      "decimal = \",\"\ncurrency = \"GBP\"\ndate_format = \"%d/%m/%Y\"\n[columns]\n"
      "date = \"Date\"\namount = \"Amount\"\n";
  CHECK(error_of("Date,Amount\n01/01/2026,\"12.50\"\n", rules) ==
        "bank.csv:2: amount \"12.50\" does not read with decimal = \",\"; check the rules' "
        "decimal mark");
  CHECK(error_of("Date,Amount\n01/01/2026,\"12,5\"\n") ==
        "bank.csv:2: amount \"12,5\" does not read with decimal = \".\"; check the rules' "
        "decimal mark");
  CHECK(error_of("Date,Amount\n01/01/2026,\"1,23,456.00\"\n") ==
        "bank.csv:2: amount \"1,23,456.00\" does not read with decimal = \".\"; check the rules' "
        "decimal mark");
  CHECK(error_of("Date,Amount\n01/01/2026,\"1.000,5,0\"\n", rules) ==
        "bank.csv:2: amount \"1.000,5,0\" does not read with decimal = \",\"; check the rules' "
        "decimal mark");
}
