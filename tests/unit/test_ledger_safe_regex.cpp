// The regular expressions of bank-import rules (ledger/safe_regex): syntax, case, every error
// message, and patterns and texts that hang or overflow a backtracking matcher.
#include <doctest/doctest.h>

#include <string>

#include "ledger/safe_regex.hpp"

using namespace arcollect;

namespace {

bool matches(std::string_view pattern, std::string_view text) {
  std::string error;
  const auto regex = SafeRegex::compile(pattern, error);
  INFO("pattern: ", pattern, " error: ", error);
  REQUIRE(regex);
  return regex->search(text);
}

std::string error_of(std::string_view pattern) {
  std::string error;
  CHECK_FALSE(SafeRegex::compile(pattern, error));
  return error;
}

}  // namespace

TEST_CASE("] and } outside a class or repeat match themselves") {
  CHECK(matches("^a]b}$", "a]b}"));
  CHECK(matches("^}$", "}"));
}

TEST_CASE("a rule's pattern matches anywhere in the description, in either case") {
  CHECK(matches("northwind|nwt ltd", "CARD PAYMENT NORTHWIND TRADERS"));
  CHECK(matches("northwind|nwt ltd", "bacs nwt ltd ref 1001"));
  CHECK_FALSE(matches("northwind|nwt ltd", "NWT LIMITED"));
  CHECK(matches("ACME", "paid by acme"));
  CHECK(matches("acme", "PAID BY ACME"));
  CHECK(matches("AcMe", "aCmE"));
  CHECK_FALSE(matches("acme", "acm"));
  CHECK(matches("", "anything"));
  CHECK(matches("", ""));
}

TEST_CASE("non-ASCII characters are literal bytes, matched in their own case only") {
  CHECK(matches("café", "CAFé DU MONDE"));
  CHECK_FALSE(matches("café", "CAFÉ DU MONDE"));
  CHECK(matches("^..$", "é"));  // . is one byte
  CHECK_FALSE(matches("^.$", "é"));
}

TEST_CASE(". matches any byte but a line break") {
  CHECK(matches("a.c", "abc"));
  CHECK(matches("a.c", "a c"));
  CHECK_FALSE(matches("a.c", "a\nc"));
  CHECK_FALSE(matches("a.c", "ac"));
}

TEST_CASE("* + ? repeat what comes before them") {
  CHECK(matches("^ab*c$", "ac"));
  CHECK(matches("^ab*c$", "abbbc"));
  CHECK_FALSE(matches("^ab+c$", "ac"));
  CHECK(matches("^ab+c$", "abbc"));
  CHECK(matches("^colou?r$", "color"));
  CHECK(matches("^colou?r$", "COLOUR"));
  CHECK_FALSE(matches("^colou?r$", "colouur"));
  CHECK(matches("^(ab)*$", "ababab"));
  CHECK_FALSE(matches("^(ab)*$", "ababa"));
  CHECK(matches("^(?:ab)+$", "ab"));
}

TEST_CASE("alternatives and groups") {
  CHECK(matches("^(inv|invoice)-\\d+$", "INVOICE-42"));
  CHECK(matches("^(?:inv|invoice)-\\d+$", "inv-7"));
  CHECK_FALSE(matches("^(?:inv|invoice)-\\d+$", "in-7"));
  CHECK(matches("^a(b|c|d)e$", "ade"));
  CHECK(matches("^a(|x)b$", "ab"));  // an empty alternative
  CHECK(matches("^a(|x)b$", "axb"));
  CHECK(matches("^a()b$", "ab"));
  CHECK(matches("x|", "no x here at all"));
  CHECK(matches("^(((a)))$", "a"));
}

TEST_CASE("character classes") {
  CHECK(matches("^[abc]+$", "CabBa"));
  CHECK_FALSE(matches("^[abc]+$", "abd"));
  CHECK(matches("^[a-z0-9]+$", "Ref2026"));
  CHECK_FALSE(matches("^[a-z0-9]+$", "Ref 2026"));
  CHECK(matches("^[^0-9]+$", "no digits"));
  CHECK_FALSE(matches("^[^0-9]+$", "1 digit"));
  CHECK_FALSE(matches("[^a]", "aAaA"));  // folded before it is negated
  CHECK(matches("^[-a]+$", "a-a"));      // '-' first or last is itself
  CHECK(matches("^[a-]+$", "-a-"));
  CHECK(matches("^[\\]]$", "]"));
  CHECK(matches("^[\\\\]$", "\\"));
  CHECK(matches("^[\\d.]+$", "12.50"));
  CHECK(matches("^[\\w-]+$", "ACME-ltd_2"));
  CHECK(matches("^[\\s]$", "\t"));
  CHECK(matches("^[\\^]$", "^"));
  CHECK(matches("^[a^]+$", "^a"));
  CHECK(matches("^[A-c]+$", "Z_a"));
  CHECK(matches("^[.*+?(|){$]+$", ".*+?(|){$"));  // only \ ] ^ - are special in a class
  CHECK_FALSE(matches("[.]", "a"));               // A-c runs through [ \ ] ^ _ `
}

TEST_CASE("escapes") {
  CHECK(matches("^\\d+\\.\\d\\d$", "12.50"));
  CHECK_FALSE(matches("^\\d+\\.\\d\\d$", "12x50"));
  CHECK(matches("^\\\\$", "\\"));
  CHECK(matches("^\\w+$", "Acme_Ltd2"));
  CHECK_FALSE(matches("^\\w+$", "Acme Ltd"));
  CHECK(matches("^a\\sb$", "a\tb"));
  CHECK(matches("^\\D\\W\\S$", "x-y"));
  CHECK_FALSE(matches("\\D", "123"));
  CHECK(matches("^\\(\\*\\)\\{\\}\\[\\]\\$\\^\\|\\+\\?$", "(*){}[]$^|+?"));
}

TEST_CASE("\\b and \\B: word boundaries") {
  CHECK(matches("\\bacme\\b", "paid acme ltd"));
  CHECK(matches("\\bacme\\b", "acme"));
  CHECK(matches("\\bacme\\b", "(ACME)"));
  CHECK_FALSE(matches("\\bacme\\b", "acmeco"));
  CHECK_FALSE(matches("\\bacme\\b", "tacme"));
  CHECK(matches("\\Bcme", "acme"));
  CHECK_FALSE(matches("\\Bacme", "acme"));
  // \b knows only ASCII word characters: a non-ASCII letter is not one
  CHECK(matches("\\bcaf", "café"));
  CHECK_FALSE(matches("café\\b", "café"));
}

TEST_CASE("^ and $ anchor at the start and end of the text") {
  CHECK(matches("^acme", "ACME LTD"));
  CHECK_FALSE(matches("^acme", "PAID ACME"));
  CHECK(matches("ltd$", "ACME LTD"));
  CHECK_FALSE(matches("ltd$", "ACME LTD "));
  CHECK(matches("^$", ""));
  CHECK_FALSE(matches("^$", "x"));
  CHECK(matches("a$|^b", "b..."));
  CHECK_FALSE(matches("a^b", "ab"));
}

TEST_CASE("bounded repeats") {
  CHECK(matches("^\\d{4}$", "2026"));
  CHECK_FALSE(matches("^\\d{4}$", "202"));
  CHECK_FALSE(matches("^\\d{4}$", "20261"));
  CHECK(matches("^a{2,3}$", "aa"));
  CHECK(matches("^a{2,3}$", "aaa"));
  CHECK_FALSE(matches("^a{2,3}$", "a"));
  CHECK_FALSE(matches("^a{2,3}$", "aaaa"));
  CHECK(matches("^a{2,}$", "aaaaaaa"));
  CHECK(matches("^xa{0,}y$", "xy"));
  CHECK(matches("^xa{1,}y$", "xaay"));
  CHECK_FALSE(matches("^xa{0,0}y$", "xay"));
  CHECK_FALSE(matches("^a{2,}$", "a"));
  CHECK(matches("^xa{0}y$", "xy"));
  CHECK(matches("^(?:ab|c){2}$", "cab"));
  CHECK(matches("^(?:a{2}){3}$", "aaaaaa"));
  CHECK_FALSE(matches("^(?:a{2}){3}$", "aaaaa"));
  CHECK(matches("^a{100}$", std::string(100, 'a')));
  CHECK(matches("^(?:x{1,2}){0,2}$", ""));
  CHECK(matches("^(?:x*){2,}y$", "xxy"));  // an empty body loops without hanging
}

TEST_CASE("every error names its column and what to do") {
  CHECK(error_of("acme)") == "column 5: ')' closes no group");
  CHECK(error_of("(a|b") == "column 1: '(' is never closed");
  CHECK(error_of("x(a(b)") == "column 2: '(' is never closed");
  CHECK(error_of("*a") == "column 1: '*' has nothing to repeat; write '\\*' to match a '*'");
  CHECK(error_of("a|+") == "column 3: '+' has nothing to repeat; write '\\+' to match a '+'");
  CHECK(error_of("(?b)") ==
        "column 1: '(?' must be '(?:'; no other group kind is supported, "
        "and case is always ignored");
  CHECK(error_of("x(?") ==
        "column 2: '(?' must be '(?:'; no other group kind is supported, "
        "and case is always ignored");
  CHECK(error_of("(?)") == error_of("(?b)"));
  CHECK(error_of("a**") ==
        "column 3: '*' follows another repeat; put the first one in (?: ) to repeat it");
  CHECK(error_of("a{2}?") ==
        "column 5: '?' follows another repeat; put the first one in (?: ) to repeat it");
  CHECK(error_of("^*") == "column 2: '*' follows an anchor, which matches no text to repeat");
  CHECK(error_of("\\b{2}") == "column 3: '{' follows an anchor, which matches no text to repeat");
  CHECK(error_of("{2}") == "column 1: '{' has nothing to repeat; write '\\{' to match a '{'");
  CHECK(error_of("a{") ==
        "column 2: '{' starts no repeat {n}, {n,} or {n,m}; write '\\{' to match a '{'");
  CHECK(error_of("a{x}") == error_of("a{"));
  CHECK(error_of("a{,3}") == error_of("a{"));
  CHECK(error_of("a{2,3") == error_of("a{"));
  CHECK(error_of("a{101}") == "column 3: repeat count 101 is over 100");
  CHECK(error_of("a{1,999999999999}") == "column 5: repeat count 999999999999 is over 100");
  CHECK(error_of("a{5,2}") == "column 2: repeat {5,2} has its maximum below its minimum");
  CHECK(error_of("a[bc") == "column 2: '[' is never closed");
  CHECK(error_of("[a-") == "column 1: '[' is never closed");
  CHECK(error_of("[]") == "column 2: a class needs at least one character; write '\\]' for a ']'");
  CHECK(error_of("[^]") == "column 3: a class needs at least one character; write '\\]' for a ']'");
  CHECK(error_of("x[z-a]") == "column 3: range 'z-a' is backwards; write 'a-z'");
  CHECK(error_of("[a-\\d]") == "column 2: a range needs one character at each end");
  CHECK(error_of("[\\w-z]") == "column 2: a range needs one character at each end");
  CHECK(error_of("[é]") ==
        "column 2: a class holds only ASCII characters; write others outside it, as in (?:é|e)");
  CHECK(error_of("acme\\") == "column 5: '\\' ends the pattern; write '\\\\' to match a '\\'");
  CHECK(error_of("[a\\") == "column 3: '\\' ends the pattern; write '\\\\' to match a '\\'");
  CHECK(error_of("a\\q") ==
        "column 2: unknown escape '\\q'; known are \\d \\w \\s \\b and \\D \\W \\S \\B");
  CHECK(error_of("\\1") ==
        "column 1: unknown escape '\\1'; known are \\d \\w \\s \\b and \\D \\W "
        "\\S \\B");
  CHECK(error_of("[\\b]") ==
        "column 2: unknown escape '\\b' in a class; it takes \\d \\w \\s \\D \\W \\S");
  CHECK(error_of("a\\ b") ==
        "column 2: '\\' before a space, control or non-ASCII byte; only punctuation is escaped");
  CHECK(error_of("\\é") == error_of("a\\ b").replace(7, 1, "1"));
}

TEST_CASE("limits: length, nesting and expanded size") {
  CHECK(matches(std::string(kMaxRegexBytes, 'a'), std::string(1000, 'A')));
  CHECK(error_of(std::string(kMaxRegexBytes + 1, 'a')) ==
        "column 1001: the pattern is longer than 1000 bytes");

  std::string deep = std::string(64, '(') + "a" + std::string(64, ')');
  CHECK(matches(deep, "a"));
  deep = "x" + std::string(65, '(') + "a" + std::string(65, ')');
  CHECK(error_of(deep) == "column 66: groups nest deeper than 64");

  CHECK(matches("^(?:[a-z]{100}){99}$", std::string(9900, 'q')));  // 9,903 instructions
  CHECK(error_of("^(?:[a-z]{100}){100}$") ==
        "column 16: the pattern expands to over 10000 steps here; use smaller {n,m} repeats");
  CHECK(error_of("(?:(?:a{100}){100}){100}") ==
        "column 20: the pattern expands to over 10000 steps here; use smaller {n,m} repeats");
  // what tips it over is named, after the repeats: the 101st b, or the end of the pattern
  CHECK(error_of("(?:a{100}){99}" + std::string(101, 'b')) ==
        "column 115: the pattern expands to over 10000 steps here; use smaller {n,m} repeats");
  CHECK(error_of("(?:a{100}){99}" + std::string(100, 'b')) ==
        "column 1: the pattern expands to over 10000 steps here; use smaller {n,m} repeats");
}

TEST_CASE("patterns that make a backtracking matcher hang finish, with the right answer") {
  const std::string as(100'000, 'a');
  CHECK_FALSE(matches("(a*)*b", as));
  CHECK(matches("(a*)*b", as + "b"));
  CHECK_FALSE(matches("(a|a)*b", as));
  CHECK(matches("^(a|a)*$", as));
  CHECK_FALSE(matches("(a+a+)+b", as));
  CHECK_FALSE(matches("^(a|aa)+$", as + "b"));
  // the textbook case: a backtracker tries 2^100 ways to place the a?s
  CHECK(matches("^(?:a?){100}a{100}$", std::string(100, 'a')));
  CHECK_FALSE(matches("^(?:a?){100}a{100}$", std::string(99, 'a')));
  // empty repeats nested 64 deep expand to nothing, and compile in a moment
  std::string empty;
  for (int i = 0; i < 60; ++i) empty = "(" + empty + "){100}";
  CHECK(matches(empty, ""));
}

TEST_CASE("nesting 10,000 deep is refused, not a stack overflow") {
  // refused for its length before the parser sees it; within the length, for its depth
  const std::string open(10'000, '(');
  CHECK(error_of(open) == "column 1001: the pattern is longer than 1000 bytes");
  CHECK(error_of(open + std::string(10'000, ')')) ==
        "column 1001: the pattern is longer than 1000 bytes");
  CHECK(error_of(std::string(500, '(') + std::string(500, ')')) ==
        "column 65: groups nest deeper than 64");
  CHECK(error_of(std::string(1000, '(')) == "column 65: groups nest deeper than 64");
  CHECK(error_of(std::string(1000, ')')) == "column 1: ')' closes no group");
  CHECK(error_of(std::string(1000, '[')) == "column 1: '[' is never closed");
}

TEST_CASE("a 1 MB text") {
  std::string text(1 << 20, 'x');
  CHECK_FALSE(matches("northwind|nwt ltd", text));
  CHECK(matches("xx$", text));
  CHECK(matches("^x", text));
  CHECK_FALSE(matches("^y", text));  // anchored: stops after the first byte
  text.replace(text.size() / 2, 9, "northwind");
  CHECK_FALSE(matches("\\bnorthwind\\b|nwt ltd", text));  // x's on both sides: no boundary
  CHECK(matches("northwind|nwt ltd", text));
}
