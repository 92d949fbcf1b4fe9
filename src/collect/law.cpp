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

// A part payment goes to the interest owed before the principal where the civil code says so,
// unless the creditor agrees otherwise: Germany, § 367(1) BGB (costs, then interest, then the
// principal); the Netherlands, art. 6:44(1) BW (costs, due interest, then the principal);
// France, art. 1343-1 C. civ. ("le paiement partiel s'impute d'abord sur les intérêts");
// Spain, art. 1173 C.C.; Italy, art. 1194 c.c.; Austria, § 1416 ABGB (where the parties'
// will is in doubt); Belgium, art. 1254 of the former Civil Code (droitbelge.be; Book 5 of the
// new Civil Code, law of 28 April 2022, replaces that title for obligations from 2023).
// arcollect applies payments to interest, not to costs (the compensation, the late fee). The
// common law of the UK and Ireland lets the debtor appropriate a payment to the debt it names,
// and the Directive's generic rule is silent: there it goes to the principal.
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
    {.code = Jurisdiction::uk,
     .country = "United Kingdom",
     .law_en = "the Late Payment of Commercial Debts (Interest) Act 1998",
     .law_de = "dem Late Payment of Commercial Debts (Interest) Act 1998",
     .series = RateSeries::boe,
     .reference = "Bank of England Bank Rate",
     .fixing_day = FixingDay::eve,
     .fixing = RateFixing::debt,
     .margin = 8 * kPoint,
     .currency = "GBP",
     .compensation = kUkTiers,
     .reference_de = "Leitzins der Bank of England"},
    // Germany: § 288 Abs. 2 BGB, 9 points over the Basiszinssatz (§ 247 BGB), which changes
    // only on 1 January and 1 July, so each half-year has its own; € 40 under § 288 Abs. 5.
    // A consumer owes 5 points over it (§ 288 Abs. 1) and no € 40 (gesetze-im-internet.de).
    {.code = Jurisdiction::de,
     .country = "Germany",
     .law_en = "section 288(2) of the German Civil Code (BGB)",
     .law_de = "§ 288 Abs. 2 BGB",
     .series = RateSeries::bbk,
     .reference = "Basiszinssatz",
     .margin = 9 * kPoint,
     .currency = "EUR",
     .compensation = kForty,
     .consumer_margin = 5 * kPoint,
     .consumer_law_en = "section 288(1) of the German Civil Code (BGB)",
     .consumer_law_de = "§ 288 Abs. 1 BGB",
     .reference_de = "Basiszinssatz",
     .interest_first = "§ 367(1) BGB"},
    // France: Code de commerce art. L441-10 II: the ECB's rate for its most recent
    // refinancing operation plus 10 points, that in force on 1 January for the first
    // half-year and on 1 July for the second; € 40 under art. D441-5 (legifrance.gouv.fr).
    {.code = Jurisdiction::fr,
     .country = "France",
     .law_en = "Article L441-10 of the French Commercial Code",
     .law_de = "Art. L441-10 des französischen Code de commerce",
     .reference = "ECB main refinancing rate",
     .margin = 10 * kPoint,
     .day_count = DayCount::actual_actual,
     .currency = "EUR",
     .compensation = kForty,
     .reference_de = "Hauptrefinanzierungssatz der EZB",
     .interest_first = "art. 1343-1 Code civil"},
    // Netherlands: BW art. 6:119a (wettelijke handelsrente), the ECB rate of its last main
    // refinancing operation before 1 January or 1 July plus 8 points (art. 6:120 lid 2);
    // after each year the interest is added to the principal (6:119a lid 3); € 40 at least
    // (6:96 lid 4) (wetten.overheid.nl). The resulting rate is published (series nl).
    {.code = Jurisdiction::nl,
     .country = "the Netherlands",
     .law_en = "Article 6:119a of the Dutch Civil Code",
     .law_de = "Art. 6:119a des niederländischen Burgerlijk Wetboek",
     .reference = "ECB main refinancing rate",
     .fixing_day = FixingDay::eve,
     .margin = 8 * kPoint,
     .capitalised_yearly = true,
     .currency = "EUR",
     .compensation = kForty,
     .published = RateSeries::nl,
     .reference_de = "Hauptrefinanzierungssatz der EZB",
     .interest_first = "art. 6:44 BW"},
    // Ireland: S.I. No. 580 of 2012: the ECB main refinancing rate in force on 1 January or
    // 1 July plus 8 points, that of the half-year the payment became overdue in, for the
    // whole delay (enterprise.gov.ie, late payments).
    {.code = Jurisdiction::ie,
     .country = "Ireland",
     .law_en =
         "the European Communities (Late Payment in Commercial Transactions) Regulations 2012",
     .law_de =
         "den European Communities (Late Payment in Commercial Transactions) Regulations 2012",
     .reference = "ECB main refinancing rate",
     .fixing = RateFixing::debt,
     .margin = 8 * kPoint,
     .currency = "EUR",
     .compensation = kIeTiers,
     .reference_de = "Hauptrefinanzierungssatz der EZB"},
    // Spain: Ley 3/2004 art. 7: the ECB rate of its most recent main refinancing operation
    // before the first day of the half-year plus 8 points; € 40 under art. 8 (boe.es,
    // BOE-A-2004-21830). The Tesoro publishes the resulting rate in the BOE (series es).
    {.code = Jurisdiction::es,
     .country = "Spain",
     .law_en = "Article 7 of Spanish Law 3/2004 on late payment",
     .law_de = "Art. 7 des spanischen Gesetzes 3/2004",
     .reference = "ECB main refinancing rate",
     .fixing_day = FixingDay::eve,
     .margin = 8 * kPoint,
     .currency = "EUR",
     .compensation = kForty,
     .published = RateSeries::es,
     .reference_de = "Hauptrefinanzierungssatz der EZB",
     .interest_first = "art. 1173 Código civil"},
    // Italy: D.Lgs. 231/2002 art. 5: the ECB rate in force on the first calendar day of the
    // half-year plus 8 points; € 40 under art. 6 (gazzettaufficiale.it).
    {.code = Jurisdiction::it,
     .country = "Italy",
     .law_en = "Article 5 of Italian Legislative Decree 231/2002",
     .law_de = "Art. 5 des italienischen Decreto Legislativo 231/2002",
     .reference = "ECB main refinancing rate",
     .margin = 8 * kPoint,
     .currency = "EUR",
     .compensation = kForty,
     .reference_de = "Hauptrefinanzierungssatz der EZB",
     .interest_first = "art. 1194 Codice civile"},
    // Austria: § 456 UGB, 9.2 points over the OeNB Basiszinssatz in force on the first
    // calendar day of each half-year; € 40 under § 458 UGB (ris.bka.gv.at).
    {.code = Jurisdiction::at,
     .country = "Austria",
     .law_en = "section 456 of the Austrian Commercial Code (UGB)",
     .law_de = "§ 456 UGB",
     .series = RateSeries::oenb,
     .reference = "OeNB Basiszinssatz",
     .margin = 92'000,
     .currency = "EUR",
     .compensation = kForty,
     .reference_de = "Basiszinssatz der OeNB",
     .interest_first = "§ 1416 ABGB"},
    // Belgium: law of 2 August 2002, art. 5: the reference rate (art. 2, 4°: the ECB rate in
    // force on 1 January or 1 July) plus 8 points, rounded up to the next half point; € 40
    // under art. 6 (ejustice.just.fgov.be, numac 2002009716). The FPS Finance publishes the
    // resulting rate in the Belgisch Staatsblad (series be).
    {.code = Jurisdiction::be,
     .country = "Belgium",
     .law_en = "Article 5 of the Belgian Law of 2 August 2002 on late payment",
     .law_de = "Art. 5 des belgischen Gesetzes vom 2. August 2002",
     .reference = "ECB main refinancing rate",
     .margin = 8 * kPoint,
     .round_up_to = kPoint / 2,
     .currency = "EUR",
     .compensation = kForty,
     .published = RateSeries::be,
     .reference_de = "Hauptrefinanzierungssatz der EZB",
     .interest_first = "art. 1254 Code civil"},
    // Any other member state: the Directive's own rule, the ECB rate in force on 1 January or
    // 1 July plus 8 points, € 40 (Directive 2011/7/EU, arts. 2(6) and 6).
    {.code = Jurisdiction::eu,
     .country = "the EU (Directive 2011/7/EU)",
     .law_en = "Directive 2011/7/EU on combating late payment in commercial transactions",
     .law_de = "der Richtlinie 2011/7/EU zur Bekämpfung von Zahlungsverzug im Geschäftsverkehr",
     .reference = "ECB main refinancing rate",
     .margin = 8 * kPoint,
     .currency = "EUR",
     .compensation = kForty,
     .reference_de = "Hauptrefinanzierungssatz der EZB"},
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

std::vector<RateSeries> law_series(const LawProfile& law) {
  std::vector<RateSeries> series{law.series};
  if (law.published) series.push_back(*law.published);
  return series;
}

std::int64_t law_margin(const LawProfile& law, bool consumer) {
  return consumer ? law.consumer_margin.value_or(0) : law.margin;
}

std::int64_t statutory_rate(const LawProfile& law, std::int64_t reference, bool consumer) {
  std::int64_t rate = reference + law_margin(law, consumer);
  if (law.round_up_to > 0) {
    std::int64_t rest = rate % law.round_up_to;
    if (rest < 0) rest += law.round_up_to;
    if (rest) rate += law.round_up_to - rest;
  }
  return rate;
}

}  // namespace arcollect
