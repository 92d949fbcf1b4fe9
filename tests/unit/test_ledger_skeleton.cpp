#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/settings_values.hpp"
#include "ledger/skeleton.hpp"

#include <regex>
#include <set>
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

  // `arcollect config` lists every setting this file writes, each at its line, and nothing the
  // file cannot write: the two lists are the same but for what a ledger may not set.
  const Settings& read = loaded.book.settings;
  std::set<std::string> listed;
  for (const SettingValue& v : settings_values(read)) {
    listed.insert(v.key);
    const bool step = v.key.starts_with("ladder.") || v.key.starts_with("ladder_sets.");
    CHECK_MESSAGE((step || read.lines.contains(v.key)), v.key);
    CHECK_MESSAGE(v.line > 0, v.key);
  }
  for (const auto& [key, line] : read.lines) {
    const bool untrusted = key == "mail.sendmail_command" || key == "letters.pdf_command";
    const bool steps = key == "ladder" || key.starts_with("ladder_sets.");
    CHECK_MESSAGE((untrusted || steps || listed.contains(key)), key);
    CHECK_MESSAGE(line > 0, key);
  }
}

TEST_CASE("a setting the ledger leaves out is listed with its default and no line") {
  auto loaded = test::load_texts({{"arcollect.toml", test::kSettings}});
  REQUIRE(test::messages(loaded) == "");
  for (const SettingValue& v : settings_values(loaded.book.settings)) {
    if (v.key == "business.name") CHECK(v.line == 2);
    if (v.key == "defaults.terms_days") {
      CHECK(v.value == "30");
      CHECK(v.line == 0);
    }
    if (v.key == "ladder.reminder") {
      CHECK(v.value == "day = 1, action = email, to = ap, template = reminder");
      CHECK(v.line == 0);  // the built-in ladder
    }
    if (v.key == "aging.buckets") CHECK(v.value == "30, 60, 90");
  }
}
