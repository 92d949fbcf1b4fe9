#include <doctest/doctest.h>

#include <array>

#include "ledger/suggest.hpp"

using namespace arcollect;

TEST_CASE("edit distance counts a swap of neighbours as one") {
  CHECK(edit_distance("email", "emial") == 1);
  CHECK(edit_distance("amount", "ammount") == 1);
  CHECK(edit_distance("Invoice", "invoice") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("did_you_mean suggests only plausible typos") {
  constexpr std::array<std::string_view, 3> keys = {"amount", "currency", "customer"};
  CHECK(did_you_mean("ammount", keys) == " (did you mean 'amount'?)");
  CHECK(did_you_mean("custmer", keys) == " (did you mean 'customer'?)");
  CHECK(did_you_mean("colour", keys) == "");
  CHECK(did_you_mean("x", keys) == "");
}
