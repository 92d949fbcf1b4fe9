#include "collect/law.hpp"

#include <iterator>

#include "ledger/settings.hpp"

namespace arcollect {

namespace {

constexpr std::int64_t kPoint = 10'000;  // one percentage point, in millionths

// A flat sum of 40.00 for every debt.
constexpr CompensationTier kForty[] = {{std::nullopt, false, 4'000}};

// UK, Late Payment of Commercial Debts (Interest) Act 1998, s. 5A: "less than £1000" £40,
// "£1000 or more, but less than £10,000" £70, "£10,000 or more" £100 (legislation.gov.uk,
// ukpga/1998/20/section/5A). Scotland inserted the same tiers (Late Payment of Commercial
// Debts (Scotland) Regulations 2002).
constexpr CompensationTier kUkTiers[] = {
    {100'000, false, 4'000}, {1'000'000, false, 7'000}, {std::nullopt, false, 10'000}};

// Ireland, S.I. No. 580 of 2012, reg. 9 and the Schedule (as the Department of Enterprise
// reproduces it, enterprise.gov.ie/.../compensation-for-recovery-costs-/): "not exceeding
// €1,000" €40, "exceeding €1,000 but not exceeding €10,000" €70, "exceeding €10,000" €100.
// Exactly €1,000 gets €40 and exactly €10,000 €70, unlike the UK.
constexpr CompensationTier kIeTiers[] = {
    {100'000, true, 4'000}, {1'000'000, true, 7'000}, {std::nullopt, false, 10'000}};

// Where a statute is silent on the day count, each day is 1/365 of the yearly rate, as the
// Directive's generic rule, the UK Government's guidance (gov.uk, "Late commercial payments:
// charging interest": multiply by the rate and divide by 365), German practice (§ 191 BGB's
// 365-day year, the usual Tageszinsformel) and Austrian case law (OGH 1 Ob 239/99z) have it;
// Italy's 365 in leap years too follows the Finance Ministry's practice. France counts the
// days of the civil year, 366 in a leap year, as French legal interest is computed.
constexpr LawProfile kProfiles[] = {
    // UK: the 1998 Act, s. 4 and the Late Payment of Commercial Debts (Rate of Interest)
    // (No. 3) Order 2002 (S.I. 2002/1675): 8% over the Bank of England's official dealing
    // rate in force on 31 December (interest starting to run January to June) or 30 June
    // (July to December) immediately before the day it starts, the day after the debt was
    // due (art. 4), for the whole debt. Scotland: the same rate by its own 2002 order.
    {Jurisdiction::uk, "United Kingdom", "the Late Payment of Commercial Debts (Interest) Act 1998",
     "dem Late Payment of Commercial Debts (Interest) Act 1998", RateSeries::boe,
     "Bank of England Bank Rate", FixingDay::eve, RateFixing::debt, 8 * kPoint, 0,
     DayCount::actual_365, false, "GBP", kUkTiers, std::nullopt, "", "", std::nullopt,
     "Leitzins der Bank of England"},
    // Germany: § 288 Abs. 2 BGB, 9 points over the Basiszinssatz (§ 247 BGB), which changes
    // only on 1 January and 1 July, so each half-year has its own; € 40 under § 288 Abs. 5.
    // A consumer owes 5 points over it (§ 288 Abs. 1) and no € 40 (gesetze-im-internet.de).
    {Jurisdiction::de, "Germany", "section 288(2) of the German Civil Code (BGB)",
     "§ 288 Abs. 2 BGB", RateSeries::bbk, "Basiszinssatz", FixingDay::first, RateFixing::half_year,
     9 * kPoint, 0, DayCount::actual_365, false, "EUR", kForty, 5 * kPoint,
     "section 288(1) of the German Civil Code (BGB)", "§ 288 Abs. 1 BGB", std::nullopt,
     "Basiszinssatz"},
    // France: Code de commerce art. L441-10 II: the ECB's rate for its most recent
    // refinancing operation plus 10 points, that in force on 1 January for the first
    // half-year and on 1 July for the second; € 40 under art. D441-5 (legifrance.gouv.fr).
    {Jurisdiction::fr, "France", "Article L441-10 of the French Commercial Code",
     "Art. L441-10 des französischen Code de commerce", RateSeries::ecb,
     "ECB main refinancing rate", FixingDay::first, RateFixing::half_year, 10 * kPoint, 0,
     DayCount::actual_actual, false, "EUR", kForty, std::nullopt, "", "", std::nullopt,
     "Hauptrefinanzierungssatz der EZB"},
    // Netherlands: BW art. 6:119a (wettelijke handelsrente), the ECB rate of its last main
    // refinancing operation before 1 January or 1 July plus 8 points (art. 6:120 lid 2);
    // after each year the interest is added to the principal (6:119a lid 3); € 40 at least
    // (6:96 lid 4) (wetten.overheid.nl). The resulting rate is published (series nl).
    {Jurisdiction::nl, "the Netherlands", "Article 6:119a of the Dutch Civil Code",
     "Art. 6:119a des niederländischen Burgerlijk Wetboek", RateSeries::ecb,
     "ECB main refinancing rate", FixingDay::eve, RateFixing::half_year, 8 * kPoint, 0,
     DayCount::actual_365, true, "EUR", kForty, std::nullopt, "", "", RateSeries::nl,
     "Hauptrefinanzierungssatz der EZB"},
    // Ireland: S.I. No. 580 of 2012: the ECB main refinancing rate in force on 1 January or
    // 1 July plus 8 points, that of the half-year the payment became overdue in, for the
    // whole delay (enterprise.gov.ie, late payments).
    {Jurisdiction::ie, "Ireland",
     "the European Communities (Late Payment in Commercial Transactions) Regulations 2012",
     "den European Communities (Late Payment in Commercial Transactions) Regulations 2012",
     RateSeries::ecb, "ECB main refinancing rate", FixingDay::first, RateFixing::debt, 8 * kPoint,
     0, DayCount::actual_365, false, "EUR", kIeTiers, std::nullopt, "", "", std::nullopt,
     "Hauptrefinanzierungssatz der EZB"},
    // Spain: Ley 3/2004 art. 7: the ECB rate of its most recent main refinancing operation
    // before the first day of the half-year plus 8 points; € 40 under art. 8 (boe.es,
    // BOE-A-2004-21830). The Tesoro publishes the resulting rate in the BOE (series es).
    {Jurisdiction::es, "Spain", "Article 7 of Spanish Law 3/2004 on late payment",
     "Art. 7 des spanischen Gesetzes 3/2004", RateSeries::ecb, "ECB main refinancing rate",
     FixingDay::eve, RateFixing::half_year, 8 * kPoint, 0, DayCount::actual_365, false, "EUR",
     kForty, std::nullopt, "", "", RateSeries::es, "Hauptrefinanzierungssatz der EZB"},
    // Italy: D.Lgs. 231/2002 art. 5: the ECB rate in force on the first calendar day of the
    // half-year plus 8 points; € 40 under art. 6 (gazzettaufficiale.it).
    {Jurisdiction::it, "Italy", "Article 5 of Italian Legislative Decree 231/2002",
     "Art. 5 des italienischen Decreto Legislativo 231/2002", RateSeries::ecb,
     "ECB main refinancing rate", FixingDay::first, RateFixing::half_year, 8 * kPoint, 0,
     DayCount::actual_365, false, "EUR", kForty, std::nullopt, "", "", std::nullopt,
     "Hauptrefinanzierungssatz der EZB"},
    // Austria: § 456 UGB, 9.2 points over the OeNB Basiszinssatz in force on the first
    // calendar day of each half-year; € 40 under § 458 UGB (ris.bka.gv.at).
    {Jurisdiction::at, "Austria", "section 456 of the Austrian Commercial Code (UGB)", "§ 456 UGB",
     RateSeries::oenb, "OeNB Basiszinssatz", FixingDay::first, RateFixing::half_year, 92'000, 0,
     DayCount::actual_365, false, "EUR", kForty, std::nullopt, "", "", std::nullopt,
     "Basiszinssatz der OeNB"},
    // Belgium: law of 2 August 2002, art. 5: the reference rate (art. 2, 4°: the ECB rate in
    // force on 1 January or 1 July) plus 8 points, rounded up to the next half point; € 40
    // under art. 6 (ejustice.just.fgov.be, numac 2002009716). The FPS Finance publishes the
    // resulting rate in the Belgisch Staatsblad (series be).
    {Jurisdiction::be, "Belgium", "Article 5 of the Belgian Law of 2 August 2002 on late payment",
     "Art. 5 des belgischen Gesetzes vom 2. August 2002", RateSeries::ecb,
     "ECB main refinancing rate", FixingDay::first, RateFixing::half_year, 8 * kPoint, kPoint / 2,
     DayCount::actual_365, false, "EUR", kForty, std::nullopt, "", "", RateSeries::be,
     "Hauptrefinanzierungssatz der EZB"},
    // Any other member state: the Directive's own rule, the ECB rate in force on 1 January or
    // 1 July plus 8 points, € 40 (Directive 2011/7/EU, arts. 2(6) and 6).
    {Jurisdiction::eu, "the EU (Directive 2011/7/EU)",
     "Directive 2011/7/EU on combating late payment in commercial transactions",
     "der Richtlinie 2011/7/EU zur Bekämpfung von Zahlungsverzug im Geschäftsverkehr",
     RateSeries::ecb, "ECB main refinancing rate", FixingDay::first, RateFixing::half_year,
     8 * kPoint, 0, DayCount::actual_365, false, "EUR", kForty, std::nullopt, "", "", std::nullopt,
     "Hauptrefinanzierungssatz der EZB"},
};

}  // namespace

Jurisdiction customer_jurisdiction(const Settings& settings, const Customer& customer) {
  return customer.jurisdiction.value_or(settings.business.jurisdiction);
}

const LawProfile* law_profile(Jurisdiction code) {
  for (const LawProfile& law : kProfiles)
    if (law.code == code) return &law;
  return nullptr;
}

std::span<const LawProfile> law_profiles() {
  return kProfiles;
}

std::int64_t compensation_for(const LawProfile& law, std::int64_t amount) {
  for (const CompensationTier& tier : law.compensation)
    if (!tier.up_to || amount < *tier.up_to || (tier.up_to_included && amount == *tier.up_to))
      return tier.amount;
  return 0;
}

std::int64_t statutory_rate(const LawProfile& law, std::int64_t reference, bool consumer) {
  std::int64_t rate = reference + (consumer ? law.consumer_margin.value_or(0) : law.margin);
  if (law.round_up_to > 0) {
    std::int64_t rest = rate % law.round_up_to;
    if (rest < 0) rest += law.round_up_to;
    if (rest) rate += law.round_up_to - rest;
  }
  return rate;
}

}  // namespace arcollect
