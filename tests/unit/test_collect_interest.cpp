// Late-payment charges against figures worked out by hand.
#include <doctest/doctest.h>

#include "collect/interest.hpp"
#include "collect/law.hpp"
#include "collect/rates.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

std::string settings(const std::string& jurisdiction, const std::string& currency,
                     const std::string& extra = "") {
  return "[business]\nname = \"T\"\ncurrency = \"" + currency + "\"\njurisdiction = \"" +
         jurisdiction + "\"\n" + extra;
}

std::vector<InvoiceCharges> charges(const std::string& settings_text, const std::string& records,
                                    Date today) {
  auto loaded = test::load_texts({{"arcollect.toml", settings_text}, {"r.toml", records}});
  REQUIRE(test::messages(loaded) == "");
  return invoice_charges(account_state(loaded.book, today), 0);
}

const char* kCustomer = "[[customer]]\nid = \"acme\"\nname = \"Acme\"\n";

std::string invoice(const std::string& due, const std::string& amount,
                    const std::string& currency = "") {
  return "[[invoice]]\nid = \"I1\"\ncustomer = \"acme\"\nissued = 2024-01-01\ndue = " + due +
         "\namount = " + amount + "\n" +
         (currency.empty() ? "" : "currency = \"" + currency + "\"\n");
}

}  // namespace

TEST_CASE("the UK reference date is 31 December or 30 June before interest starts to run") {
  // S.I. 2002/1675 art. 4: the rate in force on 31 December (interest starting January to
  // June) or 30 June (July to December) immediately before the day interest starts to run,
  // the day after the debt is due.
  const LawProfile& uk = *law_profile(Jurisdiction::uk);
  CHECK(reference_date(uk, make_date(2025, 3, 31), make_date(2026, 1, 5)) ==
        make_date(2024, 12, 31));
  CHECK(reference_date(uk, make_date(2025, 6, 29), make_date(2026, 1, 5)) ==
        make_date(2024, 12, 31));
  CHECK(reference_date(uk, make_date(2025, 6, 30), make_date(2026, 1, 5)) ==
        make_date(2025, 6, 30));
  CHECK(reference_date(uk, make_date(2025, 7, 1), make_date(2026, 1, 5)) == make_date(2025, 6, 30));
  CHECK(reference_date(uk, make_date(2025, 12, 30), make_date(2026, 1, 5)) ==
        make_date(2025, 6, 30));
  CHECK(reference_date(uk, make_date(2025, 12, 31), make_date(2026, 1, 5)) ==
        make_date(2025, 12, 31));
}

TEST_CASE("Ireland's one rate is that of the half-year the payment became overdue in") {
  const LawProfile& ie = *law_profile(Jurisdiction::ie);
  CHECK(reference_date(ie, make_date(2025, 6, 29), make_date(2026, 1, 5)) == make_date(2025, 1, 1));
  CHECK(reference_date(ie, make_date(2025, 6, 30), make_date(2026, 1, 5)) == make_date(2025, 7, 1));
}

TEST_CASE("the published Dutch, Spanish and Belgian rates are what each formula gives") {
  // Every shipped figure, published or derived, equals the ECB rate the law picks plus the
  // margin, rounded as it says: the tables and the profiles tell one story.
  for (Jurisdiction code : {Jurisdiction::nl, Jurisdiction::es, Jurisdiction::be}) {
    const LawProfile& law = *law_profile(code);
    REQUIRE(law.published);
    const RateHistory& whole = shipped_history(*law.published);
    CHECK(whole.whole_rate);
    for (const RateChange& figure : whole.changes) {
      CAPTURE(figure.from);
      CHECK(half_year_start(figure.from) == figure.from);
      const auto reference =
          rate_on(ecb_refinancing_rate(), reference_date(law, figure.from, figure.from));
      REQUIRE(reference);
      CHECK(statutory_rate(law, reference->millionths, false) == figure.millionths);
    }
  }
}

TEST_CASE("the shipped rate histories") {
  CHECK(rate_on(bank_of_england_rate(), make_date(2024, 12, 31))->millionths == 47'500);
  CHECK(rate_on(bank_of_england_rate(), make_date(2025, 6, 30))->millionths == 42'500);
  CHECK(rate_on(bank_of_england_rate(), make_date(2025, 12, 31))->millionths == 37'500);
  CHECK(rate_on(bank_of_england_rate(), make_date(2026, 6, 30))->known);
  CHECK(rate_on(bank_of_england_rate(), make_date(2026, 11, 4))->known);
  CHECK_FALSE(rate_on(bank_of_england_rate(), make_date(2026, 11, 5))->known);
  CHECK(rate_on(bank_of_england_rate(), make_date(2026, 12, 31))->from == make_date(2025, 12, 18));
  CHECK(rate_on(ecb_refinancing_rate(), make_date(2026, 7, 1))->millionths == 24'000);
  CHECK(rate_on(ecb_refinancing_rate(), make_date(2026, 9, 16))->millionths == 26'500);
  CHECK_FALSE(rate_on(ecb_refinancing_rate(), make_date(2027, 1, 1))->known);
  CHECK(rate_on(ecb_refinancing_rate(), make_date(2025, 1, 1))->millionths == 31'500);
  CHECK(rate_on(ecb_refinancing_rate(), make_date(2025, 7, 1))->millionths == 21'500);
  CHECK_FALSE(rate_on(bank_of_england_rate(), make_date(2000, 1, 1)));
}

TEST_CASE("UK: 5,000 due 31 Mar 2025, on 30 Jun 2025: 12.75%, 91 days, 158.94 plus 70") {
  // 4.75% (31 Dec 2024) + 8% = 12.75%; 1 April to 30 June is 91 days;
  // 5000 x 0.1275 x 91 / 365 = 158.938... -> 158.94. Compensation: 1,000 <= 5,000 < 10,000.
  auto c = charges(settings("uk", "GBP"), std::string(kCustomer) + invoice("2025-03-31", "5000"),
                   make_date(2025, 6, 30));
  REQUIRE(c.size() == 1);
  REQUIRE(c[0].periods.size() == 1);
  const InterestPeriod& p = c[0].periods[0];
  CHECK(p.from == make_date(2025, 4, 1));
  CHECK(p.to == make_date(2025, 6, 30));
  CHECK(p.days == 91);
  CHECK(p.reference_date == make_date(2024, 12, 31));
  CHECK(p.rate == 127'500);
  CHECK(c[0].interest == 15'894);
  CHECK(c[0].compensation == 7'000);
  CHECK(c[0].daily == 175);  // 5000 x 0.1275 / 365 = 1.7465... -> 1.75
  CHECK(c[0].notes.empty());
}

TEST_CASE("UK: a part-payment lowers the balance from its date; the rate stays fixed") {
  // Due 31 Mar 2025 (12.75%). 2,000 paid on 1 May: 1-30 April on 5,000 (30 days),
  // 1 May-30 June on 3,000 (61 days).
  // 5000 x 0.1275 x 30/365 = 52.397 -> 52.40; 3000 x 0.1275 x 61/365 = 63.924 -> 63.92.
  std::string records = std::string(kCustomer) + invoice("2025-03-31", "5000") +
                        "[[payment]]\ndate = 2025-05-01\ncustomer = \"acme\"\namount = 2000\n";
  auto c = charges(settings("uk", "GBP"), records, make_date(2025, 6, 30));
  REQUIRE(c.size() == 1);
  REQUIRE(c[0].periods.size() == 2);
  CHECK(c[0].periods[0].days == 30);
  CHECK(c[0].periods[0].balance == 500'000);
  CHECK(c[0].periods[0].interest == 5'240);
  CHECK(c[0].periods[1].from == make_date(2025, 5, 1));
  CHECK(c[0].periods[1].days == 61);
  CHECK(c[0].periods[1].balance == 300'000);
  CHECK(c[0].periods[1].interest == 6'392);
  CHECK(c[0].interest == 11'632);
  CHECK(c[0].balance == 300'000);
  CHECK(c[0].compensation == 7'000);  // by the invoice's amount, not its balance
}

TEST_CASE("UK compensation bands and an unknown rate") {
  auto small =
      charges(settings("uk", "GBP"), std::string(kCustomer) + invoice("2025-03-31", "999.99"),
              make_date(2025, 4, 30));
  CHECK(small[0].compensation == 4'000);
  auto large =
      charges(settings("uk", "GBP"), std::string(kCustomer) + invoice("2027-01-15", "10000"),
              make_date(2027, 3, 22));
  CHECK(large[0].compensation == 10'000);
  REQUIRE(large[0].notes.size() == 1);  // 31 December 2026 is past the shipped table
  CHECK(large[0].notes[0].kind == ReasonKind::rate_past_known);
  CHECK(large[0].notes[0].series == "boe");
  CHECK(large[0].notes[0].date == make_date(2026, 12, 31));
  CHECK(large[0].notes[0].due == make_date(2026, 11, 4));
  CHECK(large[0].notes[0].rate == 37'500);
  CHECK(large[0].notes[0].made == make_date(2025, 12, 18));
  CHECK(large[0].periods[0].rate == 117'500);  // the last known 3.75% + 8%, with the warning
  CHECK_FALSE(large[0].periods[0].reference_known);

  auto extended =
      charges(settings("uk", "GBP",
                       "[interest]\nbase_rates = [{ from = 2026-12-17, rate = 3.5 }]\n"
                       "rates_known_until = 2027-03-22\n"),
              std::string(kCustomer) + invoice("2027-01-15", "10000"), make_date(2027, 3, 22));
  CHECK(extended[0].notes.empty());
  CHECK(extended[0].periods[0].rate == 115'000);
  CHECK(extended[0].periods[0].reference_known);

  // A [[rate]] the ledger records (`rates add`) makes the day known, and its rate counts.
  auto recorded = charges(settings("uk", "GBP"),
                          std::string(kCustomer) + invoice("2027-01-15", "10000") +
                              "[[rate]]\nseries = \"boe\"\nfrom = 2026-12-31\npercent = \"3.25\"\n"
                              "source = \"https://example.org\"\n",
                          make_date(2027, 3, 22));
  CHECK(recorded[0].notes.empty());
  CHECK(recorded[0].periods[0].rate == 112'500);
}

TEST_CASE("the history in use: shipped, then the ledger's [[rate]] records by day") {
  auto loaded = test::load_texts(
      {{"arcollect.toml", settings("uk", "GBP")},
       {"r.toml",
        // An old decision corrected, a new one, and one of the other series.
        "[[rate]]\nseries = \"boe\"\nfrom = 2025-12-18\npercent = 3.8\nsource = \"a\"\n"
        "[[rate]]\nseries = \"boe\"\nfrom = 2027-02-04\npercent = 3.5\nsource = \"b\"\n"
        "[[rate]]\nseries = \"ecb\"\nfrom = 2026-12-23\npercent = 2.9\nsource = \"c\"\n"}});
  REQUIRE(test::messages(loaded) == "");
  const RateHistory boe = rate_history(loaded.book, RateSeries::boe);
  CHECK(boe.changes.size() == bank_of_england_rate().changes.size() + 1);
  CHECK(boe.known_until == make_date(2027, 2, 4));
  CHECK(rate_on(boe, make_date(2026, 6, 30))->millionths == 38'000);  // replaced, not added
  CHECK(rate_on(boe, make_date(2027, 2, 4))->millionths == 35'000);
  CHECK(boe.changes.back().source == "b");
  CHECK(boe.changes.back().recorded.has_value());
  CHECK(rate_history(loaded.book, RateSeries::ecb).known_until == make_date(2026, 12, 23));
  CHECK(statutory_history(loaded.book)->series == RateSeries::boe);
  // The other series' record does not reach the statutory one, nor a shipped figure move.
  CHECK(rate_on(boe, make_date(2026, 12, 23))->millionths == 38'000);
  CHECK(rate_on(bank_of_england_rate(), make_date(2026, 6, 30))->millionths == 37'500);
}

TEST_CASE("two [[rate]] records of one series and day must agree") {
  const std::string rate = "[[rate]]\nseries = \"boe\"\nfrom = 2026-12-17\nsource = \"x\"\n";
  auto same = test::load_texts({{"arcollect.toml", settings("uk", "GBP")},
                                {"a.toml", rate + "percent = 3.5\n"},
                                {"b.toml", rate + "percent = \"3.50\"\n"}});
  CHECK(test::messages(same) == "");
  auto differ = test::load_texts({{"arcollect.toml", settings("uk", "GBP")},
                                  {"a.toml", rate + "percent = 3.5\n"},
                                  {"b.toml", rate + "percent = 3.75\n"}});
  CHECK(test::messages(differ).find("rate-conflict") != std::string::npos);
  CHECK(test::messages(differ).find("a.toml:5:11") != std::string::npos);
}

TEST_CASE("EU: the ECB rate of each half-year the interest runs in, and 40 euros") {
  // Due 15 Dec 2024, to 31 Jan 2025: 16-31 December at the ECB rate of 1 July 2024 (4.25%)
  // + 8% = 12.25%: 1000 x 0.1225 x 16/365 = 5.3698 -> 5.37; 1-31 January at the rate of
  // 1 January 2025 (3.15%) + 8% = 11.15%: 1000 x 0.1115 x 31/365 = 9.4699 -> 9.47.
  auto c = charges(settings("eu", "EUR"), std::string(kCustomer) + invoice("2024-12-15", "1000"),
                   make_date(2025, 1, 31));
  REQUIRE(c[0].periods.size() == 2);
  CHECK(c[0].periods[0].reference_date == make_date(2024, 7, 1));
  CHECK(c[0].periods[0].rate == 122'500);
  CHECK(c[0].periods[0].days == 16);
  CHECK(c[0].periods[0].interest == 537);
  CHECK(c[0].periods[1].reference_date == make_date(2025, 1, 1));
  CHECK(c[0].periods[1].rate == 111'500);
  CHECK(c[0].periods[1].interest == 947);
  CHECK(c[0].compensation == 4'000);
}

TEST_CASE("a contractual rate replaces the statutory one; individuals get no statutory interest") {
  // 1.5% a month = 18% a year; 1000 x 0.18 x 30/365 = 14.794 -> 14.79.
  auto c = charges(settings("uk", "GBP", "[interest]\nrate = 1.5\nper = \"month\"\n"),
                   std::string(kCustomer) + invoice("2025-03-31", "1000"), make_date(2025, 4, 30));
  CHECK(c[0].basis == InterestBasis::contractual);
  CHECK(c[0].interest == 1'479);
  CHECK(c[0].compensation == 0);

  auto individual = charges(settings("uk", "GBP"),
                            "[[customer]]\nid = \"acme\"\nname = \"A\"\nkind = \"individual\"\n" +
                                invoice("2025-03-31", "1000"),
                            make_date(2025, 4, 30));
  CHECK(individual[0].basis == InterestBasis::none);
  CHECK(individual[0].interest == 0);
  CHECK(individual[0].notes.size() == 1);
}

TEST_CASE("the late fee, as a percentage of the balance or a fixed sum") {
  auto percent =
      charges(settings("none", "GBP", "[defaults]\nlate_fee = { percent = 5 }\n"),
              std::string(kCustomer) + invoice("2025-03-31", "1234.50"), make_date(2025, 4, 30));
  CHECK(percent[0].late_fee == 6'173);  // 61.725 -> 61.73
  CHECK(percent[0].interest == 0);
  auto fixed =
      charges(settings("none", "GBP", "[defaults]\nlate_fee = { amount = 25 }\n"),
              std::string(kCustomer) + invoice("2025-03-31", "1234.50"), make_date(2025, 4, 30));
  CHECK(fixed[0].late_fee == 2'500);
}

TEST_CASE("not yet due, or paid: no charges") {
  CHECK(charges(settings("uk", "GBP"), std::string(kCustomer) + invoice("2025-03-31", "100"),
                make_date(2025, 3, 31))
            .empty());
  CHECK(charges(settings("uk", "GBP"),
                std::string(kCustomer) + invoice("2025-03-31", "100") +
                    "[[payment]]\ndate = 2025-04-01\ncustomer = \"acme\"\namount = 100\n",
                make_date(2025, 6, 30))
            .empty());
}
