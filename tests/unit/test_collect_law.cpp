// The laws as data: every jurisdiction has a profile, compensation tiers end where the statute
// says, Belgium rounds up to a half point, and the reference day follows the fixing rule.
#include <doctest/doctest.h>

#include "collect/interest.hpp"
#include "collect/law.hpp"

using namespace arcollect;

TEST_CASE("every jurisdiction but none has one profile, in the names' order") {
  std::size_t k = 0;
  for (const auto& [name, code] : jurisdiction_names()) {
    if (code == Jurisdiction::none) {
      CHECK(law_profile(code) == nullptr);
      continue;
    }
    REQUIRE(law_profile(code) != nullptr);
    CHECK(law_profile(code)->code == code);
    CHECK(law_profiles()[k++].code == code);
    CHECK_FALSE(law_profile(code)->law_en.empty());
    CHECK_FALSE(law_profile(code)->law_de.empty());
  }
  CHECK(k == law_profiles().size());
}

TEST_CASE("compensation tiers end where each statute says") {
  const LawProfile& uk = *law_profile(Jurisdiction::uk);
  CHECK(compensation_for(uk, 99'999) == 4'000);
  CHECK(compensation_for(uk, 100'000) == 7'000);  // "£1000 or more"
  CHECK(compensation_for(uk, 999'999) == 7'000);
  CHECK(compensation_for(uk, 1'000'000) == 10'000);  // "£10,000 or more"
  const LawProfile& ie = *law_profile(Jurisdiction::ie);
  CHECK(compensation_for(ie, 100'000) == 4'000);  // "not exceeding €1,000"
  CHECK(compensation_for(ie, 100'001) == 7'000);
  CHECK(compensation_for(ie, 1'000'000) == 7'000);  // "not exceeding €10,000"
  CHECK(compensation_for(ie, 1'000'001) == 10'000);
  CHECK(compensation_for(*law_profile(Jurisdiction::de), 50'000'000) == 4'000);
}

TEST_CASE("the rate: reference plus margin, Belgium's rounded up to a half point") {
  const LawProfile& be = *law_profile(Jurisdiction::be);
  CHECK(statutory_rate(be, 31'500, false) == 115'000);  // 11.15 -> 11.5
  CHECK(statutory_rate(be, 25'000, false) == 105'000);  // 10.5 stays
  CHECK(statutory_rate(be, 40'000, false) == 120'000);
  CHECK(statutory_rate(be, -100, false) == 80'000);  // 7.99 -> 8
  const LawProfile& de = *law_profile(Jurisdiction::de);
  CHECK(statutory_rate(de, 12'700, false) == 102'700);
  CHECK(statutory_rate(de, 12'700, true) == 62'700);  // a consumer: 5 points
  CHECK(statutory_rate(*law_profile(Jurisdiction::at), 15'300, false) == 107'300);
}

TEST_CASE("the reference day: eve or first day, of each half-year or of the due date's") {
  const Date due = make_date(2025, 6, 15), late = make_date(2025, 8, 1);
  // UK: 31 December before a debt due January to June, for the whole debt.
  CHECK(reference_date(*law_profile(Jurisdiction::uk), due, late) == make_date(2024, 12, 31));
  CHECK(reference_date(*law_profile(Jurisdiction::uk), make_date(2025, 7, 1), late) ==
        make_date(2025, 6, 30));
  // Ireland: 1 January of the half-year the debt became late in, for the whole delay.
  CHECK(reference_date(*law_profile(Jurisdiction::ie), due, late) == make_date(2025, 1, 1));
  // The Netherlands and Spain: the eve of each half-year; France and Germany: its first day.
  CHECK(reference_date(*law_profile(Jurisdiction::nl), due, late) == make_date(2025, 6, 30));
  CHECK(reference_date(*law_profile(Jurisdiction::es), due, late) == make_date(2025, 6, 30));
  CHECK(reference_date(*law_profile(Jurisdiction::fr), due, late) == make_date(2025, 7, 1));
  CHECK(reference_date(*law_profile(Jurisdiction::de), due, due) == make_date(2025, 1, 1));
}
