#include "collect/interest.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "collect/law.hpp"
#include "collect/rates.hpp"
#include "ledger/allocation.hpp"

namespace arcollect {

namespace {

constexpr std::int64_t kMillion = 1'000'000;
constexpr int kDaysInYear = 365;

Date next_half_year(Date day) {
  return half_year_start(add_days(half_year_start(day), 184));
}

// `day` moved on by whole years (29 February to 28 February or 1 March, as the calendar has
// it: the anniversary of a day that a year lacks is the day after).
Date years_after(Date day, int years) {
  const CivilDay c = civil_of(day);
  return make_date(c.year + years, c.month, c.day);  // runs on into March when need be
}

// Balances of some of one customer's invoices on the days interest needs them, known
// beforehand: each day's allocation is computed once, in date order, and a balance is kept only
// when it changed, so memory follows the payments rather than invoices times days.
class BalanceHistory {
 public:
  BalanceHistory(const Book& book, std::size_t customer, const std::set<Date>& days,
                 const std::vector<std::size_t>& invoices, Allocation& scratch)
      : book_(book), customer_(customer), scratch_(scratch), days_(days) {
    std::vector<std::optional<std::int64_t>> last(invoices.size());
    for (Date day : days) {
      allocate_customer(book_, customer_, day, scratch_);
      scratch_.credits.clear();  // each call adds the customer's credit; none is read here
      for (std::size_t k = 0; k < invoices.size(); ++k) {
        const std::int64_t balance = scratch_.balance(book_, invoices[k]);
        if (last[k] == balance) continue;
        last[k] = balance;
        changes_.push_back({invoices[k], day, balance});
      }
    }
    std::stable_sort(changes_.begin(), changes_.end(),
                     [](const Change& a, const Change& b) { return a.invoice < b.invoice; });
  }

  // The balance on `day`, one of the days given (any other is computed on the spot).
  std::int64_t on(Date day, std::size_t invoice) {
    auto after =
        std::upper_bound(changes_.begin(), changes_.end(), std::pair{invoice, day},
                         [](const std::pair<std::size_t, Date>& key, const Change& c) {
                           return std::tie(key.first, key.second) < std::tie(c.invoice, c.day);
                         });
    if (after != changes_.begin() && std::prev(after)->invoice == invoice && days_.contains(day))
      return std::prev(after)->balance;
    allocate_customer(book_, customer_, day, scratch_);  // not one of the days: computed now
    scratch_.credits.clear();
    return scratch_.balance(book_, invoice);
  }

 private:
  struct Change {
    std::size_t invoice;
    Date day;
    std::int64_t balance;
  };
  const Book& book_;
  std::size_t customer_;
  Allocation& scratch_;
  std::set<Date> days_;          // the days computed
  std::vector<Change> changes_;  // by invoice, then day
};

// What the law of a customer's invoices is, and whether it charges them at all.
struct CustomerLaw {
  InterestBasis basis = InterestBasis::none;
  const LawProfile* law = nullptr;
  bool consumer = false;
  std::int64_t contract_rate = 0;  // a year, in millionths
  std::optional<Reason> note;
};

CustomerLaw customer_law(const Settings& settings, const Customer& customer) {
  CustomerLaw out;
  if (settings.interest.rate) {
    out.basis = InterestBasis::contractual;
    out.contract_rate = checked_mul(to_minor(*settings.interest.rate, 4).value_or(0),
                                    settings.interest.per == InterestSettings::Per::month ? 12 : 1);
    return out;
  }
  out.law = law_profile(customer_jurisdiction(settings, customer));
  if (!out.law) return out;
  out.consumer = customer.kind == CustomerKind::individual;
  if (out.consumer && !out.law->consumer_margin) {
    out.note = Reason{ReasonKind::no_statutory_for_individual};
    out.law = nullptr;
    return out;
  }
  out.basis = InterestBasis::statutory;
  return out;
}

// Each period's interest as its share of `total`: its whole units, and one more for those
// with the largest remainders until they add up.
void share_out(std::vector<InterestPeriod>& periods, const std::vector<std::int64_t>& micro,
               std::int64_t total) {
  std::int64_t given = 0;
  std::vector<std::size_t> order;
  for (std::size_t k = 0; k < periods.size(); ++k) {
    periods[k].interest = micro[k] / kMillion;
    given += periods[k].interest;
    order.push_back(k);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return micro[a] % kMillion > micro[b] % kMillion;
  });
  for (std::size_t k = 0; given < total && k < order.size(); ++k, ++given)
    ++periods[order[k]].interest;
}

}  // namespace

Date rate_half_year(const LawProfile& law, Date due, Date day) {
  // One rate for the debt: that of the half-year it became late in, the day after it was due
  // (UK Order 2002/1675 art. 4; Ireland: "the date the payment became overdue").
  return half_year_start(law.fixing == RateFixing::debt ? add_days(due, 1) : day);
}

bool formula_explains(const InterestPeriod& period) {
  return period.reference_date &&
         (!period.published || (period.rate == period.formula_rate && period.reference_known));
}

Date reference_date(const LawProfile& law, Date due, Date day) {
  const Date half = rate_half_year(law, due, day);
  return law.fixing_day == FixingDay::eve ? add_days(half, -1) : half;
}

std::string basis_name(InterestBasis basis, Jurisdiction law) {
  switch (basis) {
    case InterestBasis::statutory:
      return "statutory-" + std::string(name_of(jurisdiction_names(), law));
    case InterestBasis::contractual:
      return "contractual";
    case InterestBasis::none:
      return "none";
  }
  return "";
}

ChargesReport charges_report(const AccountState& state, const std::string& only) {
  const Book& book = state.book;
  ChargesReport report;
  report.as_of = state.today;
  const Settings& settings = book.settings;
  if (settings.interest.rate) {
    report.basis = InterestBasis::contractual;
    report.contractual_rate = to_minor(*settings.interest.rate, 4).value_or(0);
    report.per = settings.interest.per;
  } else if (law_profile(settings.business.jurisdiction)) {
    report.basis = InterestBasis::statutory;
  }
  const Invoice* invoice = book.find_invoice(only);
  std::set<Jurisdiction> laws;
  Allocation scratch = empty_allocation(book);
  for (std::size_t c = 0; c < book.customers.size(); ++c) {
    const Customer& customer = book.customers[c];
    if (!only.empty() && !invoice && customer.id != only) continue;
    if (invoice && invoice->customer != customer.id) continue;
    CustomerCharges entry{c, invoice_charges(state, c, scratch)};
    if (invoice)
      std::erase_if(entry.invoices, [&](const InvoiceCharges& ic) {
        return book.invoices[ic.invoice].id != invoice->id;
      });
    for (const InvoiceCharges& ic : entry.invoices)
      if (ic.basis == InterestBasis::statutory) laws.insert(ic.law);
    if (!entry.invoices.empty()) report.customers.push_back(std::move(entry));
  }
  if (report.basis == InterestBasis::none && !laws.empty()) report.basis = InterestBasis::statutory;
  // The business's own law first, whether or not anything rests on it yet; then the others.
  if (law_profile(settings.business.jurisdiction) && report.basis == InterestBasis::statutory)
    laws.insert(settings.business.jurisdiction);
  if (laws.contains(settings.business.jurisdiction))
    report.laws.push_back(settings.business.jurisdiction);
  for (Jurisdiction law : laws)
    if (law != settings.business.jurisdiction) report.laws.push_back(law);
  std::vector<RateSeries> series;
  for (Jurisdiction code : report.laws)
    if (const LawProfile* law = law_profile(code))
      for (RateSeries one : law_series(*law)) series.push_back(one);
  std::set<RateSeries> seen;
  for (RateSeries one : series) {
    if (!seen.insert(one).second) continue;
    const RateHistory history = rate_history(book, one);
    std::string source = history.source;
    if (std::any_of(history.changes.begin(), history.changes.end(), [](const RateChange& c) {
          return c.origin == RateOrigin::ledger || c.origin == RateOrigin::settings;
        }))
      source += "; and rates recorded in the ledger (arcollect rates lists them)";
    if (std::any_of(history.changes.begin(), history.changes.end(),
                    [](const RateChange& c) { return c.origin == RateOrigin::derived; }))
      source += "; some figures derived by the law's own rule (arcollect rates marks them)";
    report.sources.push_back(std::move(source));
  }
  return report;
}

std::vector<InvoiceCharges> invoice_charges(const AccountState& state, std::size_t c) {
  Allocation scratch = empty_allocation(state.book);
  return invoice_charges(state, c, scratch);
}

std::vector<InvoiceCharges> invoice_charges(const AccountState& state, std::size_t c,
                                            Allocation& scratch) {
  const Book& book = state.book;
  const Settings& settings = book.settings;
  const Customer& customer = book.customers[c];
  const Date today = state.today;
  std::vector<InvoiceCharges> result;

  const CustomerLaw how = customer_law(settings, customer);
  const LawProfile* law = how.law;
  std::optional<RateHistory> history, published;
  if (law) history = rate_history(book, law->series);
  if (law && law->published && !how.consumer) published = rate_history(book, *law->published);

  std::set<Date> payment_days;
  // Money received each day, credit notes apart: a credit note lowers the price, so it never
  // goes to interest first.
  std::map<std::pair<Date, std::string>, std::int64_t> received;  // by day and currency
  for (std::size_t p : book.by_customer[c].payments) {
    const Payment& payment = book.payments[p];
    payment_days.insert(payment.date);
    if (payment.kind == PaymentKind::payment) {
      std::int64_t& sum = received[{payment.date, payment.amount.currency}];
      sum = checked_add(sum, payment.amount.minor);
    }
  }

  const bool leap_years = law && law->day_count == DayCount::actual_actual;
  const bool interest_first = law && !law->interest_first.empty();
  // The days from the day after due to today where the balance, the rate, the year's length or
  // the principal (capitalisation) may change: each starts a period.
  auto period_cuts = [&](const Invoice& inv, std::set<Date>& anniversaries) {
    const Date start = add_days(inv.due, 1);
    std::set<Date> cuts;
    for (Date day : payment_days)
      if (day > start && day <= today) cuts.insert(day);
    if (law && law->fixing == RateFixing::half_year)
      for (Date half = next_half_year(start); half <= today; half = next_half_year(half))
        cuts.insert(half);
    if (leap_years)
      for (int y = year_of(start) + 1; y <= year_of(today); ++y) cuts.insert(make_date(y, 1, 1));
    if (law && law->capitalised_yearly)
      for (int n = 1; years_after(start, n) <= today; ++n) {
        cuts.insert(years_after(start, n));
        anniversaries.insert(years_after(start, n));
      }
    cuts.insert(add_days(today, 1));
    return cuts;
  };
  auto owes_interest = [&](std::size_t i) {
    const Invoice& inv = book.invoices[i];
    return inv.issued <= today && inv.due < today && state.balance(i) > 0;
  };

  // The days the periods below will ask balances for: each period's first day, and the day
  // before where a payment that day goes to interest first.
  std::set<Date> days;
  std::vector<std::size_t> owing;
  if (how.basis != InterestBasis::none)
    for (std::size_t i : book.by_customer[c].invoices) {
      if (!owes_interest(i)) continue;
      owing.push_back(i);
      const Invoice& inv = book.invoices[i];
      std::set<Date> anniversaries;
      Date from = add_days(inv.due, 1);
      for (Date cut : period_cuts(inv, anniversaries)) {
        days.insert(from);
        if (interest_first && received.contains({from, inv.amount.currency}))
          days.insert(add_days(from, -1));
        from = cut;
      }
    }
  BalanceHistory balances(book, c, days, owing, scratch);

  for (std::size_t i : book.by_customer[c].invoices) {
    const Invoice& inv = book.invoices[i];
    if (inv.issued > today || inv.due >= today) continue;
    InvoiceCharges charges;
    charges.invoice = i;
    charges.broken_plan = state.broken_plan(i);
    charges.waived_by = state.live_plan(i);
    charges.basis = how.basis;
    charges.law = law ? law->code : Jurisdiction::none;
    charges.consumer = law && how.consumer;
    charges.balance = state.balance(i);
    if (!owes_interest(i)) continue;
    if (how.note) charges.notes.push_back(*how.note);

    // The rate for a period starting on `day`, and the reference it comes from.
    auto rate_for = [&](Date day, InterestPeriod& period) {
      if (how.basis == InterestBasis::contractual) {
        period.rate = how.contract_rate;
        return;
      }
      const Date reference = reference_date(*law, inv.due, day);
      auto found = rate_on(*history, reference);
      period.reference_date = reference;
      period.reference_rate = found ? found->millionths : 0;
      period.formula_rate = statutory_rate(*law, period.reference_rate, how.consumer);
      period.rate = period.formula_rate;
      period.reference_known = found && found->known;
      // Where the state published the half-year's rate, that figure is the rate: one dated the
      // half-year's first day, seen published or recorded, not one the formula gave (that is
      // the formula's, from the ECB rates in use) nor an earlier half-year's.
      const Date half = rate_half_year(*law, inv.due, day);
      if (auto whole = published ? rate_on(*published, half) : std::nullopt;
          whole && whole->known && whole->from == half && whole->origin != RateOrigin::derived) {
        period.rate = whole->millionths;
        period.published = true;
      }
      if (!period.reference_known && !period.published) {
        Reason note{ReasonKind::rate_past_known};
        note.text = history->name;
        note.series = name_of(rate_series_names(), history->series);
        note.date = reference;
        note.due = history->known_until;
        note.rate = period.reference_rate;
        if (found) note.made = found->from;
        if (std::find(charges.notes.begin(), charges.notes.end(), note) == charges.notes.end())
          charges.notes.push_back(note);
      }
    };
    auto year_days = [&](Date day) {
      const int y = year_of(day);
      return leap_years && is_leap_year(y) ? 366 : kDaysInYear;
    };

    if (how.basis != InterestBasis::none) {
      const Date start = add_days(inv.due, 1);
      std::set<Date> anniversaries;
      const std::set<Date> cuts = period_cuts(inv, anniversaries);

      std::vector<std::int64_t> micro;  // each period's interest, in millionths of a minor unit
      // Interest that has joined the principal: by capitalisation, or as the part of a payment
      // the law applies to interest first (so that much of the principal is still owed).
      std::int64_t accrued = 0, capitalised = 0, paid_to_interest = 0;
      auto unpaid_interest = [&] {  // accrued so far, rounded as it is claimed, less the above
        return (accrued + kMillion / 2) / kMillion - capitalised - paid_to_interest;
      };
      Date from = start;
      for (Date cut : cuts) {
        InterestPeriod period;
        period.from = from;
        period.to = add_days(cut, -1);
        period.days = days_between(from, cut);
        period.year_days = year_days(from);
        if (anniversaries.contains(from)) {  // the interest of the year past joins the principal
          period.capitalised = unpaid_interest();
          capitalised = checked_add(capitalised, period.capitalised);
        }
        const std::int64_t owed = balances.on(from, i);
        if (auto money = received.find({from, inv.amount.currency});
            interest_first && money != received.end()) {
          const std::int64_t paid = std::min(
              balances.on(add_days(from, -1), i) - std::max<std::int64_t>(owed, 0), money->second);
          period.to_interest =
              std::clamp<std::int64_t>(unpaid_interest(), 0, std::max<std::int64_t>(paid, 0));
          paid_to_interest = checked_add(paid_to_interest, period.to_interest);
        }
        period.balance =
            owed > 0 ? checked_add(owed, checked_add(capitalised, paid_to_interest)) : 0;
        rate_for(from, period);
        from = cut;
        if (period.balance <= 0) continue;
        const std::int64_t share = multiply_divide(
            period.balance, checked_mul(period.rate, period.days), period.year_days);
        InterestPeriod* last = charges.periods.empty() ? nullptr : &charges.periods.back();
        // Days join the period before only when everything its line shows is the same, the
        // reference rate's date included.
        if (last && last->balance == period.balance && last->rate == period.rate &&
            last->reference_date == period.reference_date && last->published == period.published &&
            last->year_days == period.year_days && period.capitalised == 0 &&
            period.to_interest == 0 && add_days(last->to, 1) == period.from) {
          last->to = period.to;
          last->days += period.days;
          micro.back() = checked_add(micro.back(), share);
        } else {
          charges.periods.push_back(period);
          micro.push_back(share);
        }
        accrued = checked_add(accrued, share);
      }
      charges.interest = (accrued + kMillion / 2) / kMillion;
      share_out(charges.periods, micro, charges.interest);
      const std::int64_t rate_now = charges.periods.empty() ? 0 : charges.periods.back().rate;
      const std::int64_t base_now =
          charges.periods.empty()
              ? charges.balance
              : checked_add(charges.balance, checked_add(capitalised, paid_to_interest));
      charges.daily = multiply_divide(base_now, rate_now, kMillion * year_days(today));
    }

    const std::string& currency = inv.amount.currency;
    if (how.basis == InterestBasis::statutory && !how.consumer) {
      if (currency == law->currency)
        charges.compensation = compensation_for(*law, inv.amount.minor);
      else {
        Reason note{law->currency == "GBP" ? ReasonKind::compensation_in_sterling_only
                                           : ReasonKind::compensation_in_euro_only};
        note.text = currency;
        charges.notes.push_back(note);
      }
    }

    if (const auto& fee = settings.defaults.late_fee) {
      if (fee->percent)
        charges.late_fee =
            multiply_divide(charges.balance, to_minor(*fee->percent, 4).value_or(0), kMillion);
      else if (fee->amount && currency == settings.business.currency)
        charges.late_fee = to_minor(*fee->amount, minor_digits(currency)).value_or(0);
    }
    result.push_back(std::move(charges));
  }
  return result;
}

}  // namespace arcollect
