// Record file names (ledger/record_name): the readable part, then a suffix that two clones do
// not both draw.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "ledger/record_name.hpp"

using namespace arcollect;

TEST_CASE("a record's name keeps its readable part and adds six base32 characters") {
  set_name_seed("");
  const std::string name = record_file_name("log/2026/11", "2026-11-23-northwind-call", 0);
  CHECK(std::regex_match(
      name, std::regex(R"(log/2026/11/2026-11-23-northwind-call-[0-9a-hjkmnp-tv-z]{6}\.toml)")));
}

TEST_CASE("unseeded, the suffixes are drawn at random") {
  set_name_seed("");
  std::set<std::string> names;
  for (int i = 0; i < 1000; ++i)
    names.insert(record_file_name("payments/2026", "2026-11-23-northwind", 0));
  CHECK(names.size() == 1000);  // 1000 draws of 30 bits: a repeat is a 1-in-2000 chance
}

TEST_CASE("seeded, a name depends only on the seed, the place and the attempt") {
  set_name_seed("golden");
  const std::string first = record_file_name("payments/2026", "2026-11-23-northwind", 0);
  CHECK(record_file_name("payments/2026", "2026-11-23-northwind", 0) == first);
  CHECK(record_file_name("payments/2026", "2026-11-23-northwind", 1) != first);
  auto suffix = [](const std::string& name) { return name.substr(name.size() - 11, 6); };
  CHECK(suffix(record_file_name("payments/2026", "2026-11-23-kestrel", 0)) != suffix(first));
  set_name_seed("other");
  CHECK(record_file_name("payments/2026", "2026-11-23-northwind", 0) != first);
  set_name_seed("");
}

TEST_CASE("a dry run shows where the suffix goes") {
  CHECK(planned_file_name("customers", "acme") == "customers/acme-<suffix>.toml");
}
