// Record file names (ledger/record_name): the readable part, then a suffix that two clones do
// not both draw: the time of writing, then chance.
#include <doctest/doctest.h>

#include <chrono>
#include <regex>
#include <set>
#include <thread>

#include "ledger/record_name.hpp"

using namespace arcollect;

namespace {

std::string suffix_of(const std::string& name) {
  return name.substr(name.size() - 5 - kNameSuffixLength, kNameSuffixLength);
}

}  // namespace

TEST_CASE("a record's name keeps its readable part and adds twelve base32 characters") {
  set_name_seed("");
  const std::string name = record_file_name("log/2026/11", "2026-11-23-northwind-call", 0);
  CHECK(std::regex_match(
      name, std::regex(R"(log/2026/11/2026-11-23-northwind-call-[0-9a-hjkmnp-tv-z]{12}\.toml)")));
}

TEST_CASE("unseeded, names sort in the order written, and end in chance") {
  set_name_seed("");
  const std::string first = record_file_name("log/2026/11", "2026-11-23-acme-call", 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  const std::string second = record_file_name("log/2026/11", "2026-11-23-acme-call", 0);
  CHECK(first < second);  // a dispute then its resolution, logged the same day, stay in order
  std::set<std::string> random_parts;
  for (int i = 0; i < 200; ++i)
    random_parts.insert(
        suffix_of(record_file_name("payments/2026", "2026-11-23-acme", 0)).substr(8));
  CHECK(random_parts.size() > 180);  // 200 draws of 20 bits: about 0.02 repeats expected
}

TEST_CASE("seeded, a name depends only on the seed, the place and the attempt") {
  set_name_seed("golden");
  const std::string first = record_file_name("payments/2026", "2026-11-23-northwind", 0);
  CHECK(record_file_name("payments/2026", "2026-11-23-northwind", 0) == first);
  CHECK(record_file_name("payments/2026", "2026-11-23-northwind", 1) != first);
  CHECK(suffix_of(record_file_name("payments/2026", "2026-11-23-kestrel", 0)) != suffix_of(first));
  set_name_seed("other");
  CHECK(record_file_name("payments/2026", "2026-11-23-northwind", 0) != first);
  set_name_seed("");
}

TEST_CASE("a dry run shows where the suffix goes") {
  CHECK(planned_file_name("customers", "acme") == "customers/acme-<suffix>.toml");
}
