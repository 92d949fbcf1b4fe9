// Letter templates: fields, sections, standalone tag lines, and every malformed form.
#include <doctest/doctest.h>

#include "ledger/error.hpp"
#include "render/letter.hpp"
#include "render/template.hpp"

using namespace arcollect;

namespace {

constexpr std::string_view kFields[] = {"name", "total", "fee", "customer.name"};

LetterTemplate parse(std::string_view text) {
  return parse_template(text, "templates/t.txt", kFields);
}

std::string error_of(std::string_view text) {
  try {
    parse(text);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("fields are replaced, sections show only with a value, inverted ones without") {
  LetterTemplate t = parse(
      "Subject: For {{name}}{{#fee}} (with fee){{/fee}}\n\nDear {{ name }},\n"
      "Total {{total}}.{{#fee}} Fee {{fee}}.{{/fee}}{{^fee}} No fee.{{/fee}}\n");
  TemplateValues with{{"name", "Ann"}, {"total", "10.00 GBP"}, {"fee", "0.50 GBP"}};
  TemplateValues without{{"name", "Ann"}, {"total", "10.00 GBP"}};
  CHECK(expand(t.subject, with) == "For Ann (with fee)");
  CHECK(expand(t.subject, without) == "For Ann");
  CHECK(expand(t.body, with) == "Dear Ann,\nTotal 10.00 GBP. Fee 0.50 GBP.\n");
  CHECK(expand(t.body, without) == "Dear Ann,\nTotal 10.00 GBP. No fee.\n");
}

TEST_CASE("a section tag alone on its line takes the line with it") {
  LetterTemplate t = parse("Subject: s\n\nA\n  {{#fee}}\nFee {{fee}}\n{{/fee}}  \nB\n");
  CHECK(expand(t.body, {{"fee", "1"}}) == "A\nFee 1\nB\n");
  CHECK(expand(t.body, {}) == "A\nB\n");
}

TEST_CASE("sections nest") {
  LetterTemplate t = parse("Subject: s\n\n{{#fee}}{{#total}}both{{/total}}{{/fee}}.\n");
  CHECK(expand(t.body, {{"fee", "1"}, {"total", "2"}}) == "both.\n");
  CHECK(expand(t.body, {{"fee", "1"}}) == ".\n");
}

TEST_CASE("values are printed as they are: a template never runs or re-reads them") {
  LetterTemplate t = parse("Subject: s\n\n{{name}}\n");
  CHECK(expand(t.body, {{"name", "{{total}} $(rm -rf /)"}, {"total", "x"}}) ==
        "{{total}} $(rm -rf /)\n");
}

TEST_CASE("malformed templates are errors naming the file, line and column") {
  CHECK(error_of("Dear {{name}}\n") ==
        "templates/t.txt:1:1: a template starts with a 'Subject: ...' line, then a blank line");
  CHECK(error_of("Subject: s\nbody\n") ==
        "templates/t.txt:2:1: the subject line must be followed by a blank line and then the "
        "body");
  CHECK(error_of("Subject: s\n\nDear {{totl}}\n") ==
        "templates/t.txt:3:6: unknown placeholder 'totl' (did you mean 'total'?); "
        "arcollect-remind(1) lists the fields");
  CHECK(error_of("Subject: {{nam}}\n\nx\n") ==
        "templates/t.txt:1:10: unknown placeholder 'nam' (did you mean 'name'?); "
        "arcollect-remind(1) lists the fields");
  CHECK(error_of("Subject: s\n\nDear {{name\n") ==
        "templates/t.txt:3:6: '{{' is not closed on this line; write a placeholder as {{name}}");
  CHECK(error_of("Subject: s\n\n{{}}\n") ==
        "templates/t.txt:3:1: empty placeholder; write a field name, e.g. {{total}}");
  CHECK(error_of("Subject: s\n\n{{Name}}\n") ==
        "templates/t.txt:3:1: '{{Name}}' is not a placeholder: names are lower-case, like "
        "{{customer.name}}");
  CHECK(error_of("Subject: s\n\n{{#fee}}\nx\n") ==
        "templates/t.txt:3:1: section 'fee' is never closed; end it with {{/fee}}");
  CHECK(error_of("Subject: s\n\n{{/fee}}\n") ==
        "templates/t.txt:3:1: '{{/fee}}' closes no section");
  CHECK(error_of("Subject: s\n\n{{#fee}}{{#total}}\n{{/fee}}\n") ==
        "templates/t.txt:4:1: '{{/fee}}' does not close '{{#total}}' opened at line 3");
  CHECK(error_of("Subject: s\n\nbell \a\n") ==
        "templates/t.txt:3:6: a control character in the template; letters are plain text");
}

TEST_CASE("Windows line ends are read like Unix ones") {
  LetterTemplate t = parse("Subject: s {{name}}\r\n\r\nHi {{name}}\r\n");
  CHECK(expand(t.subject, {{"name", "A"}}) == "s A");
  CHECK(expand(t.body, {{"name", "A"}}) == "Hi A\n");
}

TEST_CASE("every built-in template parses with the letter fields") {
  for (std::string_view name :
       {"courtesy", "reminder", "firm", "buyer", "final", "notice", "letter-of-claim", "plan"}) {
    CAPTURE(name);
    auto text = builtin_template(name);
    REQUIRE(text);
    CHECK_NOTHROW(parse_template(*text, std::string(name), letter_fields()));
  }
  CHECK_FALSE(builtin_template("call-ap"));
}

TEST_CASE("sections nest at most 64 deep: filling in recurses once per level") {
  auto nested = [](int depth) {
    std::string text = "Subject: x\n\n";
    for (int i = 0; i < depth; ++i) text += "{{#due}}";
    for (int i = 0; i < depth; ++i) text += "{{/due}}";
    return text;
  };
  CHECK_NOTHROW(parse_template(nested(64), "t", letter_fields()));
  CHECK_THROWS_WITH_AS(parse_template(nested(65), "t", letter_fields()),
                       doctest::Contains("nested more than 64 deep"), Error);
  CHECK_THROWS_AS(parse_template(nested(50'000), "t", letter_fields()), Error);  // found by fuzzing
}
