#include "collect/published_rates.hpp"

namespace arcollect {

namespace {

// One half-year's figure, in basis points, from `source`; derived when no publication of it
// was found and the law's formula gave it (the ECB rates are collect/rate_tables.cpp's).
RateChange figure(int year, unsigned month, int bp, const char* source,
                  RateOrigin origin = RateOrigin::published) {
  return {make_date(year, month, 1), std::int64_t{bp} * 100, source, {}, origin};
}

// The ECB rose to 2.40% from 17 June 2026, so the rate for the second half of 2026 is 2.40 + 8
// (nl, es) or 10.5 (be) by each formula; no publication of it was found.
constexpr const char* kFormula2026 = "ECB 2.40% (17 June 2026) + 8";

const RateHistory& netherlands() {
  // Art. 6:119a and 6:120(2) BW: the ECB's rate for its last main refinancing operation before
  // 1 January or 1 July, plus 8 points. The state publishes the resulting rate (rijksoverheid.nl,
  // "Hoogte wettelijke rente"), but keeps no history, so each figure cites who reported it.
  static const RateHistory history{
      RateSeries::nl,
      "Wettelijke handelsrente (art. 6:119a BW)",
      "Rijksoverheid, Hoogte wettelijke rente (rijksoverheid.nl), as reported at each change",
      {figure(2020, 1, 800, "rijksoverheid.nl and e-justice.europa.eu: 8%, to the end of 2022"),
       figure(2023, 1, 1050, "abenslag.nl, wettelijke handelsrente per 1 januari 2023"),
       figure(2023, 7, 1200, "watsonlaw.nl, wettelijke handelsrente vanaf 1 juli naar 12%"),
       figure(2024, 1, 1250, "e-justice.europa.eu, interest rates, Netherlands"),
       figure(2024, 7, 1225, "metaalunie.nl, wettelijke rente per 1 juli 2024"),
       figure(2025, 1, 1115, "wieringa-advocaten.nl, weblog 13 January 2025"),
       figure(2025, 7, 1015, "ECB 2.15% (11 June 2025) + 8", RateOrigin::derived),
       figure(2026, 1, 1015, "ECB 2.15% (11 June 2025) + 8", RateOrigin::derived),
       figure(2026, 7, 1040, kFormula2026, RateOrigin::derived)},
      make_date(2026, 12, 31),
      true};
  return history;
}

const RateHistory& spain() {
  // Ley 3/2004, art. 7: the ECB's rate for its most recent main refinancing operation before
  // the half-year, plus 8 points, published each half-year by a resolution of the Secretaría
  // General del Tesoro in the Boletín Oficial del Estado.
  static const RateHistory history{
      RateSeries::es,
      "Tipo legal de interés de demora (Ley 3/2004)",
      "Secretaría General del Tesoro, resolutions in the BOE (boe.es)",
      {figure(2020, 1, 800, "BOE-A-2019-18736 (boe.es)"),
       figure(2020, 7, 800, "ideacompliance.es: 8% to the first half of 2021"),
       figure(2021, 7, 800, "ECB 0.00% (16 March 2016) + 8", RateOrigin::derived),
       figure(2022, 1, 800, "BOE-A-2021-21959 (boe.es)"),
       figure(2022, 7, 800, "buadeslegal.com: 8% until the first half of 2023"),
       figure(2023, 1, 1050, "buadeslegal.com: resolution of 28 December 2022"),
       figure(2023, 7, 1200, "modeloshacienda.com: resolution of 28 June 2023"),
       figure(2024, 1, 1250, "BOE-A-2023-26709, as serramayans.com quotes it"),
       figure(2024, 7, 1225, "ECB 4.25% (12 June 2024) + 8", RateOrigin::derived),
       figure(2025, 1, 1115, "orientelegal.es: resolution of 30 December 2024"),
       figure(2025, 7, 1015, "ECB 2.15% (11 June 2025) + 8; BOE-A-2025-13217 not seen",
              RateOrigin::derived),
       figure(2026, 1, 1015, "ECB 2.15% (11 June 2025) + 8; BOE-A-2025-27201 not seen",
              RateOrigin::derived),
       figure(2026, 7, 1040, kFormula2026, RateOrigin::derived)},
      make_date(2026, 12, 31),
      true};
  return history;
}

const RateHistory& belgium() {
  // Law of 2 August 2002, art. 5: the ECB rate plus 8 points, rounded up to the next half
  // point, published each half-year by the FPS Finance in the Belgian Official Gazette
  // (Belgisch Staatsblad / Moniteur belge), often weeks into the half-year.
  static const RateHistory history{
      RateSeries::be,
      "Belgian late-payment interest rate (law of 2 August 2002)",
      "FPS Finance, notices in the Belgisch Staatsblad / Moniteur belge",
      {figure(2020, 1, 800, "Belgisch Staatsblad 6 February 2020 (lexalert.be)"),
       figure(2021, 7, 800, "wolterskluwer.com: 8% to the end of 2022"),
       figure(2023, 1, 1050, "Belgisch Staatsblad 17 March 2023 (etaamb.openjustice.be)"),
       figure(2023, 7, 1200, "schoups.be, tweede semester 2023"),
       figure(2024, 1, 1250, "kantoor-jan-loeters.be, wettelijke interestvoet 2024"),
       figure(2024, 7, 1250, "leuropeinfo.eu, reporting the FPS Finance notice"),
       figure(2025, 1, 1150, "leuropeinfo.eu and lawbase.be"),
       figure(2025, 7, 1050, "lawbase.be, wettelijke interest (December 2025)"),
       figure(2026, 1, 1050, "embuild.be, unchanged at 10.50% for 2026"),
       figure(2026, 7, 1050, "ECB 2.40% (17 June 2026) + 8, rounded up", RateOrigin::derived)},
      make_date(2026, 12, 31),
      true};
  return history;
}

}  // namespace

const RateHistory& published_statutory_rates(RateSeries series) {
  switch (series) {
    case RateSeries::es:
      return spain();
    case RateSeries::be:
      return belgium();
    default:
      return netherlands();
  }
}

}  // namespace arcollect
