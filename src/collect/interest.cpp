#include "collect/interest.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "collect/rates.hpp"
#include "ledger/allocation.hpp"

namespace arcollect {

namespace {

constexpr std::int64_t kStatutoryMargin = 80'000;  // 8 percentage points, in millionths
constexpr std::int64_t kMillion = 1'000'000;
constexpr int kDaysInYear = 365;

// The first day of the half-year `day` falls in.
Date half_year_start(Date day) {
  date::year_month_day ymd{day};
  return make_date(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()) <= 6 ? 1 : 7,
                   1);
}

// Balances of one customer's invoices on given days, each computed once.
class BalanceHistory {
 public:
  BalanceHistory(const Book& book, std::size_t customer)
      : book_(book), customer_(customer), scratch_(empty_allocation(book)) {}

  std::int64_t on(Date day, std::size_t invoice) {
    auto it = cache_.find(day);
    if (it == cache_.end()) {
      allocate_customer(book_, customer_, day, scratch_);
      std::map<std::size_t, std::int64_t> balances;
      for (std::size_t i : book_.by_customer[customer_].invoices)
        balances[i] = scratch_.balance(book_, i);
      it = cache_.emplace(day, std::move(balances)).first;
    }
    return it->second.at(invoice);
  }

 private:
  const Book& book_;
  std::size_t customer_;
  Allocation scratch_;
  std::map<Date, std::map<std::size_t, std::int64_t>> cache_;
};

Reason sterling_only(const std::string& currency) {
  Reason note{ReasonKind::compensation_in_sterling_only};
  note.text = currency;
  return note;
}

}  // namespace

ChargesReport charges_report(const AccountState& state, const std::string& only) {
  const Book& book = state.book;
  ChargesReport report;
  report.as_of = state.today;
  const Settings& settings = book.settings;
  if (settings.interest.rate) {
    report.basis = InterestBasis::contractual;
    report.contractual_rate = to_minor(*settings.interest.rate, 4).value_or(0);
    report.per = settings.interest.per;
  } else if (auto history = statutory_history(book)) {
    report.basis = settings.business.jurisdiction == Jurisdiction::uk ? InterestBasis::statutory_uk
                                                                      : InterestBasis::statutory_eu;
    report.source = history->source;
    if (std::any_of(history->changes.begin(), history->changes.end(),
                    [](const RateChange& c) { return !c.source.empty(); }))
      report.source += "; and rates recorded in the ledger (arcollect rates lists them)";
  }
  const Invoice* invoice = book.find_invoice(only);
  for (std::size_t c = 0; c < book.customers.size(); ++c) {
    const Customer& customer = book.customers[c];
    if (!only.empty() && !invoice && customer.id != only) continue;
    if (invoice && invoice->customer != customer.id) continue;
    CustomerCharges entry{c, invoice_charges(state, c)};
    if (invoice)
      std::erase_if(entry.invoices, [&](const InvoiceCharges& ic) {
        return book.invoices[ic.invoice].id != invoice->id;
      });
    if (!entry.invoices.empty()) report.customers.push_back(std::move(entry));
  }
  return report;
}

Date uk_reference_date(Date due) {
  date::year_month_day ymd{due};
  int year = static_cast<int>(ymd.year());
  return static_cast<unsigned>(ymd.month()) <= 6 ? make_date(year - 1, 12, 31)
                                                 : make_date(year, 6, 30);
}

std::string_view basis_name(InterestBasis basis) {
  switch (basis) {
    case InterestBasis::statutory_uk:
      return "statutory-uk";
    case InterestBasis::statutory_eu:
      return "statutory-eu";
    case InterestBasis::contractual:
      return "contractual";
    case InterestBasis::none:
      return "none";
  }
  return "";
}

std::vector<InvoiceCharges> invoice_charges(const AccountState& state, std::size_t c) {
  const Book& book = state.book;
  const Settings& settings = book.settings;
  const Customer& customer = book.customers[c];
  const Date today = state.today;
  std::vector<InvoiceCharges> result;

  InterestBasis basis = InterestBasis::none;
  std::int64_t contract_rate = 0;
  std::optional<Reason> basis_note;
  if (settings.interest.rate) {
    basis = InterestBasis::contractual;
    contract_rate = checked_mul(to_minor(*settings.interest.rate, 4).value_or(0),
                                settings.interest.per == InterestSettings::Per::month ? 12 : 1);
  } else if (settings.business.jurisdiction != Jurisdiction::none) {
    if (customer.kind == CustomerKind::individual)
      basis_note = Reason{ReasonKind::no_statutory_for_individual};
    else
      basis = settings.business.jurisdiction == Jurisdiction::uk ? InterestBasis::statutory_uk
                                                                 : InterestBasis::statutory_eu;
  }
  std::optional<RateHistory> history = statutory_history(book);

  BalanceHistory balances(book, c);
  std::set<Date> payment_days;
  for (std::size_t p : book.by_customer[c].payments) payment_days.insert(book.payments[p].date);

  for (std::size_t i : book.by_customer[c].invoices) {
    const Invoice& inv = book.invoices[i];
    if (inv.issued > today || inv.due >= today) continue;
    InvoiceCharges charges;
    charges.invoice = i;
    charges.broken_plan = state.broken_plan(i);
    charges.waived_by = state.live_plan(i);
    charges.basis = basis;
    charges.balance = balances.on(today, i);
    if (charges.balance <= 0) continue;
    if (basis_note) charges.notes.push_back(*basis_note);

    // The rate for a period starting on `day`, and the reference it comes from.
    auto rate_for = [&](Date day, InterestPeriod& period) {
      if (basis == InterestBasis::contractual) {
        period.rate = contract_rate;
        return;
      }
      Date reference =
          basis == InterestBasis::statutory_uk ? uk_reference_date(inv.due) : half_year_start(day);
      auto found = rate_on(*history, reference);
      period.reference_date = reference;
      period.reference_rate = found ? found->millionths : 0;
      period.rate = period.reference_rate + kStatutoryMargin;
      period.reference_known = found && found->known;
      if (!period.reference_known) {
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

    if (basis != InterestBasis::none) {
      // Cut the days from the day after due to today where the balance or the rate may change.
      Date start = add_days(inv.due, 1);
      std::set<Date> cuts;
      for (Date day : payment_days)
        if (day > start && day <= today) cuts.insert(day);
      if (basis == InterestBasis::statutory_eu)
        for (Date half = half_year_start(add_days(start, 184)); half <= today;
             half = half_year_start(add_days(half, 184)))
          if (half > start) cuts.insert(half);
      cuts.insert(add_days(today, 1));
      Date from = start;
      for (Date cut : cuts) {
        InterestPeriod period;
        period.from = from;
        period.to = add_days(cut, -1);
        period.days = days_between(from, cut);
        period.balance = balances.on(from, i);
        rate_for(from, period);
        from = cut;
        if (period.balance <= 0) continue;
        InterestPeriod* last = charges.periods.empty() ? nullptr : &charges.periods.back();
        if (last && last->balance == period.balance && last->rate == period.rate &&
            add_days(last->to, 1) == period.from) {
          last->to = period.to;
          last->days += period.days;
        } else {
          charges.periods.push_back(period);
        }
      }
      for (auto& period : charges.periods) {
        period.interest = multiply_divide(period.balance, checked_mul(period.rate, period.days),
                                          kMillion * kDaysInYear);
        charges.interest = checked_add(charges.interest, period.interest);
      }
      std::int64_t rate_now = charges.periods.empty() ? 0 : charges.periods.back().rate;
      charges.daily = multiply_divide(charges.balance, rate_now, kMillion * kDaysInYear);
    }

    const std::string& currency = inv.amount.currency;
    if (basis == InterestBasis::statutory_uk) {
      if (currency == "GBP")
        charges.compensation = inv.amount.minor < 100'000     ? 4'000
                               : inv.amount.minor < 1'000'000 ? 7'000
                                                              : 10'000;
      else
        charges.notes.push_back(sterling_only(currency));
    } else if (basis == InterestBasis::statutory_eu) {
      if (currency == "EUR")
        charges.compensation = 4'000;
      else
        charges.notes.push_back(Reason{ReasonKind::compensation_in_euro_only});
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
