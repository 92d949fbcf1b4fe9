// arcollect kpi: DSO, countback DSO, best possible DSO, days delinquent, CEI and more.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/kpi.hpp"
#include "ledger/error.hpp"
#include "render/kpi.hpp"

namespace arcollect::cli {

namespace {

struct KpiOptions {
  std::string from, to;
  std::string by;
  bool chart = false, ascii = false;
  std::string customer;
  std::string format;
};

// The first day of the month eleven months before `to`'s: twelve calendar months, the last
// of them running up to `to`.
Date twelve_months_to(Date to) {
  const CivilDay day = civil_of(to);
  return add_months(make_date(day.year, day.month, 1), -11);
}

}  // namespace

std::function<int()> setup_kpi(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<KpiOptions>();
  app.add_option("--from", o->from,
                 "the period's first day (default: the first of the month eleven months before "
                 "--to's)");
  app.add_option("--to", o->to, "the period's last day (default: --today)");
  app.add_option("--by", o->by, "month: a row for each calendar month of the period")
      ->check(CLI::IsMember({"month"}));
  app.add_option("--customer", o->customer, "only this customer (its id)");
  add_format(app, o->format, {"text", "json", "csv", "svg"});
  app.add_flag("--chart", o->chart, "with --by month: DSO, countback DSO and CEI as sparklines");
  app.add_flag("--ascii", o->ascii, "draw the sparklines in ASCII");
  return [&globals, o] {
    const Date now = today(globals);
    KpiSpec spec;
    spec.to = o->to.empty() ? now : option_date("--to", o->to);
    if (spec.to > now)
      throw UsageError(
          fmt::format("--to: {} is after --today {}; the figures would count "
                      "payments that have not come yet",
                      o->to, format_date(now)));
    spec.from = o->from.empty() ? twelve_months_to(spec.to) : option_date("--from", o->from);
    if (spec.from > spec.to)
      throw UsageError(fmt::format("--from: {} is after the period's last day {}",
                                   format_date(spec.from), format_date(spec.to)));
    spec.by_month = o->by == "month";
    if (o->chart && !spec.by_month)
      throw UsageError("--chart draws the months' trend: add --by month");
    if (o->format == "svg" && !spec.by_month)
      throw UsageError("--format svg draws the months' trend: add --by month");
    if (o->chart && o->format != "text")
      throw UsageError("--chart draws text; leave out --format " + o->format);
    Book book = load_book(globals);
    if (!o->customer.empty()) spec.customer = book.customers[customer_number(book, o->customer)].id;
    KpiReport report = kpi_report(book, spec);
    if (o->format == "json")
      print_json(globals, "kpi", kpi_json(report));
    else if (o->format == "svg")
      std::cout << kpi_svg(report);
    else if (o->format == "csv")
      std::cout << kpi_csv(report);
    else
      std::cout << kpi_text(report, use_color(globals))
                << (o->chart ? kpi_chart(report, chart_ink(globals, o->ascii) == ChartInk::ascii)
                             : "");
    return kExitOk;
  };
}

}  // namespace arcollect::cli
