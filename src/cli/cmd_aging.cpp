// arcollect aging: outstanding balances by age bucket.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/aging.hpp"
#include "ledger/error.hpp"
#include "ledger/suggest.hpp"
#include "render/aging.hpp"

namespace arcollect::cli {

namespace {

struct AgingOptions {
  std::string format;
  std::string by = "customer";
  std::string basis;
  std::string customer;
  std::optional<int> min_days;
  bool chart = false;
  bool ascii = false;
};

}  // namespace

std::function<int()> setup_aging(CLI::App& app, const Globals& globals) {
  auto options = std::make_shared<AgingOptions>();
  add_format(app, options->format, {"text", "json", "csv", "svg"});
  app.add_option("--by", options->by, "one row per customer or per invoice")
      ->check(CLI::IsMember({"customer", "invoice"}))
      ->capture_default_str();
  app.add_option("--basis", options->basis,
                 "age from the due date or the issue date (default: [aging] basis)")
      ->check(CLI::IsMember({"due", "issued"}));
  app.add_option("--customer", options->customer, "only this customer (its id)");
  app.add_option("--min-days", options->min_days,
                 "only invoices at least N days past their basis date");
  app.add_flag("--chart", options->chart,
               "draw each currency's customers as bars stacked by age too");
  app.add_flag("--ascii", options->ascii,
               "draw charts with ASCII characters (the default without a UTF-8 locale)");
  return [&globals, options] {
    if (options->chart && options->format != "text")
      throw UsageError("--chart draws text; leave out --format " + options->format);
    Book book = load_book(globals);
    AgingSpec spec;
    spec.by = options->by == "invoice" ? AgingGroup::invoice : AgingGroup::customer;
    spec.basis = options->basis.empty()       ? book.settings.aging.basis
                 : options->basis == "issued" ? AgingBasis::issued
                                              : AgingBasis::due;
    spec.buckets = book.settings.aging.buckets;
    if (options->min_days) spec.min_days = *options->min_days;
    if (!options->customer.empty()) {
      if (!book.find_customer(options->customer)) {
        std::vector<std::string_view> ids;
        for (const auto& c : book.customers) ids.push_back(c.id);
        throw Error(fmt::format("--customer: no customer has the id '{}'{}", options->customer,
                                did_you_mean(options->customer, ids)));
      }
      spec.customer = options->customer;
    }
    AgingReport report = aging_report(account_state(book, today(globals)), spec);
    if (options->format == "json")
      print_json(globals, "aging", aging_json(report));
    else if (options->format == "svg")
      std::cout << aging_svg(report);
    else if (options->format == "csv")
      std::cout << aging_csv(report);
    else
      std::cout << aging_text(report, use_color(globals))
                << (options->chart ? aging_chart(report, chart_ink(globals, options->ascii)) : "");
    return kExitOk;
  };
}

}  // namespace arcollect::cli
