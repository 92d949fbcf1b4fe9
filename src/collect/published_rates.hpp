// The whole statutory late-payment rates that the Netherlands, Spain and Belgium publish for
// each half-year (the margin included), shipped with each figure's source. A half-year for
// which no publication was found holds the figure the law's formula gives, marked derived.
#pragma once

#include "collect/rates.hpp"

namespace arcollect {

// The shipped history of RateSeries::nl, es or be.
const RateHistory& published_statutory_rates(RateSeries series);

}  // namespace arcollect
