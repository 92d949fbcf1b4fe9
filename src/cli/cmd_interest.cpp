// arcollect interest [CUSTOMER|INVOICE]: the late-payment charges, computed line by line.
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/interest.hpp"
#include "ledger/error.hpp"
#include "ledger/suggest.hpp"
#include "render/interest.hpp"
#include "render/reason.hpp"

namespace arcollect::cli {

namespace {

struct InterestOptions {
  std::string format;
  std::string only;
};

}  // namespace

std::function<int()> setup_interest(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<InterestOptions>();
  add_format(app, o->format, {"text", "json"});
  app.add_option("CUSTOMER|INVOICE", o->only, "only this customer, or only this invoice");
  return [&globals, o] {
    Book book = load_book(globals);
    if (!o->only.empty() && !book.find_customer(o->only) && !book.find_invoice(o->only)) {
      std::vector<std::string_view> ids;
      for (const auto& c : book.customers) ids.push_back(c.id);
      for (const auto& i : book.invoices) ids.push_back(i.id);
      throw Error(fmt::format("no customer or invoice has the id '{}'{}", o->only,
                              did_you_mean(o->only, ids)));
    }
    ChargesReport report = charges_report(account_state(book, today(globals)), o->only);
    std::set<std::string> warned;
    for (const auto& customer : report.customers)
      for (const auto& ic : customer.invoices)
        for (const auto& note : ic.notes)
          // The text report shows an unknown rate on a line of its own.
          if ((o->format == "json" || note.kind != ReasonKind::rate_past_known) &&
              warned.insert(reason_text(note)).second)
            warn(globals, reason_text(note));
    if (o->format == "json")
      print_json(globals, "interest", charges_json(book, report));
    else
      std::cout << charges_text(book, report, use_color(globals));
    return kExitOk;
  };
}

}  // namespace arcollect::cli
