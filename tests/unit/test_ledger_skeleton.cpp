#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/skeleton.hpp"

#include <regex>
#include <sstream>

using namespace arcollect;

TEST_CASE("the ledger init writes loads without a single diagnostic") {
  SkeletonOptions options;
  options.business_name = "Quote \"Me\" & Co\\";
  options.currency = "EUR";
  options.jurisdiction = "eu";
  options.today = make_date(2026, 11, 22);
  auto files = ledger_skeleton(options);
  REQUIRE(files.size() == 5);
  CHECK(files[1].path == "invoices/2026/INV-0001.toml");
  CHECK(files[2].optional);
  CHECK(files[3].path == ".gitattributes");
  CHECK(files[3].content.find("*.toml text eol=lf") != std::string::npos);
  CHECK(files[4].path == "arcollect.toml");
  std::vector<std::pair<std::string, std::string>> texts = {{files[4].path, files[4].content}};
  for (const auto& f : files)
    if (f.path.ends_with(".toml") && f.path != "arcollect.toml")
      texts.emplace_back(f.path, f.content);
  auto loaded = test::load_texts(texts);
  CHECK(test::messages(loaded) == "");
  CHECK(loaded.book.settings.business.name == options.business_name);
  CHECK(loaded.book.settings.business.currency == "EUR");
  REQUIRE(loaded.book.invoices.size() == 1);
  CHECK(loaded.book.invoices[0].due == make_date(2026, 12, 22));
  CHECK(loaded.book.invoices[0].amount == Money{120000, "EUR"});
}

TEST_CASE("every section init writes commented out loads cleanly once uncommented") {
  SkeletonOptions options{.business_name = "Example Ltd",
                          .currency = "GBP",
                          .jurisdiction = "uk",
                          .today = make_date(2026, 11, 22)};
  const std::string settings = ledger_skeleton(options)[4].content;
  // A commented table header or `key = value` line, as a user would uncomment it.
  const std::regex setting(R"(^# (\[\[?[a-z_.]+\]\]?( +#.*)?|[a-z_]+ = .*)$)");
  std::istringstream in(settings);
  std::string text, line;
  int uncommented = 0;
  while (std::getline(in, line)) {
    if (std::regex_match(line, setting)) {
      line = line.substr(2);
      ++uncommented;
    }
    text += line + "\n";
  }
  CHECK(uncommented > 35);
  for (std::string_view table : {"[due]", "[invoices]", "[export]", "[letters]", "[mail]",
                                 "[interest]", "[[ladder_sets.strict]]", "[[ladder]]"})
    CHECK_MESSAGE(text.find("\n" + std::string(table)) != std::string::npos, table);
  auto loaded = test::load_texts({{"arcollect.toml", text}});
  CHECK(test::messages(loaded) == "");
  CHECK(loaded.book.settings.due.cooldown_days == 5);
  CHECK(loaded.book.settings.exports.receivable == "assets:receivable");
}
