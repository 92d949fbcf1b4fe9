// arcollect segment: customers by how they pay, with the strategy for each segment.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/segment.hpp"
#include "ledger/error.hpp"
#include "render/segment.hpp"

namespace arcollect::cli {

namespace {

struct SegmentOptions {
  std::string only;
  std::string format;
};

}  // namespace

std::function<int()> setup_segment(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<SegmentOptions>();
  std::vector<std::string> names;
  for (Segment segment : all_segments()) names.emplace_back(segment_name(segment));
  app.add_option("--segment", o->only, "only the customers in this segment")
      ->check(CLI::IsMember(names));
  add_format(app, o->format, {"text", "json", "csv"});
  return [&globals, o] {
    SegmentSpec spec;
    spec.today = today(globals);
    if (!o->only.empty()) spec.only = segment_named(o->only);
    Book book = load_book(globals);
    SegmentReport report = segment_report(account_state(book, spec.today), spec);
    if (o->format == "json")
      print_json(globals, "segment", segment_json(book, report));
    else if (o->format == "csv")
      std::cout << segment_csv(book, report);
    else
      std::cout << segment_text(book, report, use_color(globals));
    return kExitOk;
  };
}

}  // namespace arcollect::cli
