// arcollect forecast: expected cash-in per week, from plans, promises, pay runs and history.
#include <iostream>

#include "cli/commands.hpp"
#include "collect/forecast.hpp"
#include "ledger/error.hpp"
#include "render/forecast.hpp"

namespace arcollect::cli {

namespace {

struct ForecastOptions {
  int weeks = 13;
  std::string by = "week";
  std::string customer;
  bool ascii = false;
  std::string format;
};

}  // namespace

std::function<int()> setup_forecast(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<ForecastOptions>();
  app.add_option("--weeks", o->weeks, "how many weeks, from --today on")
      ->check(CLI::Range(1, 104))
      ->capture_default_str();
  app.add_option("--by", o->by, "one row per week, or per open invoice")
      ->check(CLI::IsMember({"week", "invoice"}))
      ->capture_default_str();
  app.add_option("--customer", o->customer, "only this customer (its id)");
  app.add_flag("--ascii", o->ascii,
               "draw the chart with ASCII characters (the default without a UTF-8 locale)");
  add_format(app, o->format, {"text", "json", "csv", "svg"});
  return [&globals, o] {
    ForecastSpec spec;
    spec.today = today(globals);
    spec.weeks = o->weeks;
    Book book = load_book(globals);
    if (!o->customer.empty()) spec.customer = book.customers[customer_number(book, o->customer)].id;
    ForecastReport report = forecast_report(account_state(book, spec.today), spec);
    ForecastRows rows = o->by == "invoice" ? ForecastRows::invoice : ForecastRows::week;
    if (o->format == "svg")
      std::cout << forecast_svg(report);
    else if (o->format == "json")
      print_json(globals, "forecast", forecast_json(book, report));
    else if (o->format == "csv")
      std::cout << forecast_csv(book, report, rows);
    else
      std::cout << forecast_text(book, report, rows, chart_ink(globals, o->ascii),
                                 use_color(globals));
    return kExitOk;
  };
}

}  // namespace arcollect::cli
