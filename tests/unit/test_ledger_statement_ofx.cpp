// OFX statements (ledger/statement_ofx): SGML and XML, what real banks write, every error.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ledger/error.hpp"
#include "ledger/limits.hpp"
#include "ledger/statement_ofx.hpp"

using namespace arcollect;

namespace {

const char* kHeader1 = "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nCHARSET:1252\r\n\r\n";
const char* kHeader2 =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\"?>\n";

// An SGML bank statement in CURDEF `currency` around `transactions`.
std::string sgml(const std::string& transactions, const std::string& currency = "EUR") {
  return std::string(kHeader1) + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>\n<CURDEF>" + currency +
         "\n<BANKACCTFROM><BANKID>1<ACCTID>NL01 BANK\n</BANKACCTFROM>\n<BANKTRANLIST>\n" +
         transactions + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
}

std::string trn(const std::string& amount, const std::string& fitid = "1",
                const std::string& more = "") {
  return "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>" + amount + "<FITID>" + fitid + more +
         "</STMTTRN>\n";
}

std::string error_of(const std::string& text) {
  try {
    read_ofx(text, "bank.ofx");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("OFX 1.x SGML: unclosed leaves, CRLF, blank lines before the header, time zones") {
  const std::string text =
      "\r\n\r\n" + std::string(kHeader1) +
      "<OFX>\r\n<BANKMSGSRSV1><STMTTRNRS><STMTRS>\r\n<CURDEF>USD\r\n<BANKACCTFROM>\r\n"
      "<BANKID>5472369148\r\n<ACCTID>1452687~7\r\n</BANKACCTFROM>\r\n<BANKTRANLIST>\r\n"
      "<STMTTRN>\r\n<TRNTYPE>Credit\r\n<DTPOSTED>20110331120000.000[-5:EST]\r\n"
      "<TRNAMT>+0.01\r\n<FITID>0000486\r\n<NAME>DIVIDEND   EARNED\r\n<MEMO>FOR\tMARCH\r\n"
      "</STMTTRN>\r\n<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20110405<TRNAMT>-34.51<FITID>0000487"
      "<NAME>ELECTRIC<MEMO>ELECTRIC BILL</STMTTRN><STMTTRN><TRNTYPE>debit"
      "<DTPOSTED>20110406120000[0:GMT]<TRNAMT>0<FITID>0000488<NAME>ZERO</STMTTRN>\r\n"
      "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n";
  CHECK(looks_like_ofx(text));
  const BankStatement s = read_ofx(text, "bank.ofx");
  CHECK(s.account == "1452687~7");
  REQUIRE(s.lines.size() == 3);
  CHECK(s.lines[0].line == 16);
  CHECK(format_date(s.lines[0].date) == "2011-03-31");
  CHECK(s.lines[0].amount_minor == 1);
  CHECK(s.lines[0].currency == "USD");
  CHECK(s.lines[0].description == "DIVIDEND EARNED FOR MARCH");
  CHECK(s.lines[0].bank_id == "0000486");
  CHECK(s.lines[0].reference == "");
  // Several transactions on one line share it; a memo that repeats the name is said once.
  CHECK(s.lines[1].line == 24);
  CHECK(s.lines[2].line == 24);
  CHECK(s.lines[1].amount_minor == -3451);
  CHECK(s.lines[1].description == "ELECTRIC BILL");
  CHECK(s.lines[2].amount_minor == 0);  // zero amounts are lines too
}

TEST_CASE("OFX 2.x XML: closed leaves, CDATA, entities, comments") {
  const std::string text =
      std::string(kHeader2) +
      "<OFX><!-- a comment <STMTTRN> --><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>AUD</CURDEF>\n"
      "<BANKACCTFROM><ACCTID>123</ACCTID></BANKACCTFROM><BANKTRANLIST>\n"
      "<STMTTRN>\n<TRNTYPE>DEBIT</TRNTYPE>\n<DTPOSTED>20131215</DTPOSTED>\n"
      "<TRNAMT>-16.85</TRNAMT>\n<FITID></FITID>\n"
      "<NAME><![CDATA[ALDI <STORE> &amp;  ]]></NAME>\n"
      "<MEMO>B&amp;Q &lt;DIY&gt; caf&#233; &#x41;</MEMO>\n</STMTTRN>\n"
      "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
  CHECK(looks_like_ofx(text));
  const BankStatement s = read_ofx(text, "bank.ofx");
  CHECK(s.account == "123");
  REQUIRE(s.lines.size() == 1);
  CHECK(s.lines[0].line == 5);
  CHECK(s.lines[0].amount_minor == -1685);
  CHECK(s.lines[0].currency == "AUD");
  CHECK(s.lines[0].bank_id == "");  // an empty FITID
  CHECK(s.lines[0].description == "ALDI <STORE> &amp; B&Q <DIY> caf\xC3\xA9 A");
}

TEST_CASE("OFX: an XML header over an SGML body; credit cards; several transaction lists") {
  const std::string text =
      std::string(kHeader2) +
      "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>usd<CCACCTFROM><ACCTID>4321"
      "</CCACCTFROM><BANKTRANLIST>" +
      trn("-80", "a") + "</BANKTRANLIST><BANKTRANLIST>" + trn("-90", "b") +
      trn("-100", "c", "<PAYEE><NAME>Payee Ltd</PAYEE><BANKACCTTO><ACCTID>999</BANKACCTTO>") +
      "</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
  const BankStatement s = read_ofx(text, "card.ofx");
  CHECK(s.account == "4321");  // not the ACCTID a transaction pays to
  REQUIRE(s.lines.size() == 3);
  CHECK(s.lines[0].amount_minor == -8000);
  CHECK(s.lines[1].amount_minor == -9000);
  CHECK(s.lines[2].amount_minor == -10000);
  CHECK(s.lines[2].currency == "USD");
  CHECK(s.lines[2].description == "Payee Ltd");
  CHECK(s.lines[2].bank_id == "c");
}

TEST_CASE("OFX amounts: sign, one decimal, none, leading zero, decimal comma, zero decimals") {
  const BankStatement s =
      read_ofx(sgml(trn("+850.0", "1") + trn("-80", "2") + trn("-01.7", "3") + trn("-200,00", "4") +
                    trn("-30.000", "5") + trn("-3.77000", "6")),
               "bank.ofx");
  REQUIRE(s.lines.size() == 6);
  CHECK(s.lines[0].amount_minor == 85000);
  CHECK(s.lines[1].amount_minor == -8000);
  CHECK(s.lines[2].amount_minor == -170);
  CHECK(s.lines[3].amount_minor == -20000);
  CHECK(s.lines[4].amount_minor == -3000);
  CHECK(s.lines[5].amount_minor == -377);
  const BankStatement yen = read_ofx(sgml(trn("1500", "1"), "JPY"), "bank.ofx");
  CHECK(yen.lines[0].amount_minor == 1500);
  CHECK(error_of(sgml(trn("12.345"))) ==
        "bank.ofx:11: amount 12.345 has more decimals than EUR allows; check the statement's "
        "currency");
  CHECK(error_of(sgml(trn("12.5", "1"), "JPY")) ==
        "bank.ofx:11: amount 12.5 has more decimals than JPY allows; check the statement's "
        "currency");
  CHECK(error_of(sgml(trn("12a"))) ==
        "bank.ofx:11: amount \"12a\" is not a number; write it like -12.50");
  CHECK(error_of(sgml(trn(""))) ==
        "bank.ofx:11: amount \"\" is not a number; write it like -12.50");
  CHECK(error_of(sgml(trn("99999999999999999"))) ==
        "bank.ofx:11: amount 99999999999999999 is larger than arcollect accepts "
        "(10000000000000 minor units)");
}

TEST_CASE("OFX currency: the line's CURRENCY, else CURDEF, else ORIGCURRENCY, else an error") {
  const std::string own = "<CURRENCY><CURRATE>1.0<CURSYM>AUD</CURRENCY>";
  const std::string orig = "<ORIGCURRENCY><CURRATE>1.1<CURSYM>GBP</ORIGCURRENCY>";
  const BankStatement s = read_ofx(sgml(trn("1", "1", own) + trn("1", "2", orig)), "bank.ofx");
  CHECK(s.lines[0].currency == "AUD");
  CHECK(s.lines[1].currency == "EUR");  // ORIGCURRENCY: the amount is already in CURDEF
  const BankStatement none = read_ofx(sgml(trn("1", "2", orig), ""), "bank.ofx");
  CHECK(none.lines[0].currency == "GBP");
  CHECK(error_of(sgml(trn("1"), "")) ==
        "bank.ofx:11: the file gives no currency for this transaction (no <CURDEF> in its "
        "statement); add one after <STMTRS> or <CCSTMTRS>, e.g. <CURDEF>EUR</CURDEF>");
  CHECK(error_of(sgml(trn("1"), "EURO")) ==
        "bank.ofx:11: currency \"EURO\" is not an ISO 4217 code; it should be three letters, "
        "e.g. EUR");
}

TEST_CASE("OFX Windows-1252 and Latin-1 text becomes UTF-8; UTF-8 stays") {
  const BankStatement s =
      read_ofx(sgml(trn("850.0", "1", "<MEMO>Loyer 850\x80 caf\xE9 M\xFCller")), "bank.ofx");
  CHECK(s.lines[0].description == "Loyer 850\xE2\x82\xAC caf\xC3\xA9 M\xC3\xBCller");
  const BankStatement utf8 = read_ofx(sgml(trn("1", "1", "<MEMO>caf\xC3\xA9")), "bank.ofx");
  CHECK(utf8.lines[0].description == "caf\xC3\xA9");
}

TEST_CASE("OFX corrections: REPLACE drops the line it names, DELETE drops both") {
  const BankStatement s = read_ofx(sgml(trn("-10", "1") + trn("-20", "2") +
                                        trn("-11", "3", "<CORRECTFITID>1<CORRECTACTION>Replace") +
                                        trn("-20", "4", "<CORRECTFITID>2<CORRECTACTION>DELETE") +
                                        trn("-5", "5", "<CORRECTFITID>5<CORRECTACTION>REPLACE")),
                                   "bank.ofx");
  REQUIRE(s.lines.size() == 2);
  CHECK(s.lines[0].bank_id == "3");
  CHECK(s.lines[0].amount_minor == -1100);
  CHECK(s.lines[1].bank_id == "5");  // corrects a line of an earlier download: kept
  CHECK(error_of(sgml(trn("-20", "4", "<CORRECTFITID>9<CORRECTACTION>DELETE"))) ==
        "bank.ofx:11: this line deletes transaction \"9\", which is not in this file; remove the "
        "payment recorded for it by hand, then this line");
  CHECK(error_of(sgml(trn("-20", "4", "<CORRECTFITID>9<CORRECTACTION>UNDO"))) ==
        "bank.ofx:11: <CORRECTACTION> \"UNDO\" is neither REPLACE nor DELETE");
}

TEST_CASE("OFX errors name the file and the line") {
  CHECK(error_of(sgml("<STMTTRN><DTPOSTED>2026-01-05<TRNAMT>1</STMTTRN>")) ==
        "bank.ofx:11: <DTPOSTED> \"2026-01-05\" is not a date; OFX dates start with YYYYMMDD");
  CHECK(error_of(sgml("<STMTTRN><DTPOSTED>20260231<TRNAMT>1</STMTTRN>")) ==
        "bank.ofx:11: <DTPOSTED> \"20260231\" is not a date; OFX dates start with YYYYMMDD");
  CHECK(error_of(sgml("<STMTTRN><TRNAMT>1</STMTTRN>")) ==
        "bank.ofx:11: this transaction has no <DTPOSTED>; the file is incomplete");
  CHECK(error_of(sgml("<STMTTRN><DTPOSTED>20260101</STMTTRN>")) ==
        "bank.ofx:11: this transaction has no <TRNAMT>; the file is incomplete");
  // Nothing partial: one bad line refuses the file.
  CHECK(error_of(sgml(trn("1", "1") + "\n" + trn("x", "2"))) ==
        "bank.ofx:13: amount \"x\" is not a number; write it like -12.50");
  CHECK(error_of(std::string(kHeader1) + "<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>") ==
        "bank.ofx: holds no bank or credit-card statement (no <STMTRS> or <CCSTMTRS>); export a "
        "statement from the bank as OFX");
  const std::string two =
      std::string(kHeader1) + "<OFX><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>A</BANKACCTFROM>" +
      trn("1") + "</STMTRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>B</BANKACCTFROM>\n" + trn("1") +
      "</STMTRS></OFX>";
  CHECK(error_of(two) ==
        "bank.ofx:8: the file holds statements of two accounts (\"A\" and \"B\"); export each "
        "account to a file of its own");
}

TEST_CASE("OFX hostile input: limits, never a crash") {
  std::string deep = std::string(kHeader1) + "<OFX>";
  for (int i = 0; i < 100; ++i) deep += "<AGG>\n";
  CHECK(error_of(deep) == "bank.ofx:69: nested more than 64 deep; is this an OFX file?");
  CHECK(error_of(sgml(trn("1", "1", "<MEMO>" + std::string(70'000, 'x')))) ==
        "bank.ofx:11: a value is longer than 65,536 bytes");
  std::string big(kMaxFileBytes + 1, ' ');
  CHECK(error_of(big) ==
        "bank.ofx: the file is larger than 64 MiB; split the statement into shorter periods");
  // Truncated files and stray tags: an error or a statement, nothing else.
  const std::string whole = sgml(trn("1", "1") + trn("2", "2"));
  for (std::size_t cut = 0; cut < whole.size(); cut += 7) {
    try {
      read_ofx(whole.substr(0, cut), "bank.ofx");
    } catch (const Error&) {
    }
  }
  CHECK(read_ofx(sgml("</STMTTRN></FOO><<>>" + trn("1")), "bank.ofx").lines.size() == 1);
}

TEST_CASE("looks_like_ofx") {
  CHECK(looks_like_ofx("\xEF\xBB\xBF\n\nOFXHEADER:100\n"));
  CHECK(looks_like_ofx("<OFX>\n<SIGNONMSGSRSV1>"));
  CHECK(looks_like_ofx("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>"));
  CHECK_FALSE(looks_like_ofx("<?xml version=\"1.0\"?>\n<html>"));
  CHECK_FALSE(looks_like_ofx("Date,Amount\n2026-01-01,1\n"));
  CHECK_FALSE(looks_like_ofx(""));
}

namespace {

const std::filesystem::path kStatements = ARCOLLECT_SOURCE_DIR "/../shared/statements/ofx";

struct Expected {
  const char* file;
  std::size_t lines, incoming;
  const char* currency;
  std::vector<std::int64_t> incoming_minor;
};

}  // namespace

TEST_CASE("OFX files from real banks (../shared/statements, when present)") {
  if (!std::filesystem::is_directory(kStatements)) {
    MESSAGE("skipped: no folder " << kStatements.string());
    return;
  }
  const Expected expected[] = {
      {"ofxparse-checking.ofx", 3, 1, "USD", {1}},
      {"ofxparse-v102-empty-tags.ofx", 1, 1, "AUD", {1234}},
      {"ofxparse-anz-cc.ofx", 1, 0, "AUD", {}},
      {"ofxparse-suncorp.ofx", 1, 0, "AUD", {}},
      {"ofxparse-bank-medium.ofx", 3, 0, "CAD", {}},
      {"ofxtools-stmtrs-euro.ofx", 2, 0, "USD", {}},
      {"ofxtools-nubank-cc.ofx", 6, 0, "BRL", {}},
      {"autosync-latin1-correction.ofx", 1, 0, "USD", {}},
      {"beangulp-amex-cc.ofx", 17, 0, "USD", {}},
      {"oca-multi-tranlist.ofx", 4, 0, "USD", {}},
      {"oca-cp1252-euro.ofx", 1, 1, "EUR", {85000}},
      {"actual-8859-1.qfx", 1, 0, "CAD", {}},
      {"actual-html-entities.qfx", 2, 0, "CAD", {}},
      {"actual-multi-decimal.ofx", 2, 0, "USD", {}},
  };
  for (const Expected& e : expected) {
    CAPTURE(e.file);
    std::ifstream in(kStatements / e.file, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    CHECK(looks_like_ofx(bytes.str()));
    const BankStatement s = read_ofx(bytes.str(), e.file);
    CHECK(s.lines.size() == e.lines);
    std::vector<std::int64_t> incoming;
    for (const BankLine& line : s.lines) {
      CHECK(line.currency == e.currency);
      CHECK(line.line > 0);
      if (line.amount_minor > 0) incoming.push_back(line.amount_minor);
    }
    CHECK(incoming.size() == e.incoming);
    CHECK(incoming == e.incoming_minor);
  }
}

TEST_CASE("OFX real files: the traps SOURCES.md lists") {
  if (!std::filesystem::is_directory(kStatements)) {
    MESSAGE("skipped: no folder " << kStatements.string());
    return;
  }
  const auto read = [](const char* file) {
    std::ifstream in(kStatements / file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return read_ofx(bytes.str(), file);
  };
  const BankStatement latin1 = read("autosync-latin1-correction.ofx");
  CHECK(latin1.lines[0].description == "Virement Interac \xC3\xA0: Jean");
  CHECK(latin1.lines[0].bank_id == "201409206");
  CHECK(read("oca-cp1252-euro.ofx").lines[0].description ==
        "Loyer 850\xE2\x82\xAC caf\xC3\xA9 M\xC3\xBC"
        "ller");
  CHECK(read("actual-8859-1.qfx").lines[0].description ==
        "Paiement facture/Carte pr\xC3\xA9pay\xC3\xA9"
        "e PWW");
  const BankStatement entities = read("actual-html-entities.qfx");
  CHECK(entities.account == "00000 00-00000");
  CHECK(entities.lines[0].description ==
        "000000000000000 PREAUTHORIZED DEBIT;B.C. HYDRO & POWER AUTHORITY;Electronic Funds "
        "Transfer");
  CHECK(entities.lines[0].bank_id == "23129130032333396279270000");
  const BankStatement amex = read("beangulp-amex-cc.ofx");
  CHECK(amex.account == "092243467384967");
  CHECK(amex.lines[4].amount_minor == -170);
  CHECK(amex.lines[16].line == 11);  // the whole body is one line
  CHECK(read("ofxparse-suncorp.ofx").lines[0].description ==
        "EFTPOS WDL HANDYWAY ALDI STORE GEELONG WEST VICAU");
  const BankStatement empty_tags = read("ofxparse-v102-empty-tags.ofx");
  CHECK(empty_tags.lines[0].bank_id == "");
  CHECK(format_date(empty_tags.lines[0].date) == "2018-05-07");
  CHECK(read("oca-multi-tranlist.ofx").account == "123456");
  CHECK(read("ofxtools-stmtrs-euro.ofx").lines[1].amount_minor == -30000);
  CHECK(format_date(read("ofxparse-bank-medium.ofx").lines[2].date) == "2009-04-03");
}

TEST_CASE("OFX: a value of a million '&' is read in linear time (found by fuzz_ofx)") {
  const std::string text =
      "<OFX><STMTRS><CURDEF>GBP<BANKTRANLIST><STMTTRN><DTPOSTED>20260101"
      "<TRNAMT>1<MEMO>" +
      std::string(1'000'000, '&');
  CHECK_THROWS_AS(read_ofx(text, "slow.ofx"), Error);
}
