// arcollect rates: the central-bank rate histories statutory interest rests on, where each
// figure came from and up to when it is known. arcollect rates add SERIES DATE PERCENT --source
// URL: record a published rate as a new file under rates/ (arcollect.toml is never rewritten).
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "collect/law.hpp"
#include "collect/rates.hpp"
#include "ledger/append.hpp"
#include "ledger/error.hpp"
#include "ledger/layout.hpp"
#include "ledger/rate_records.hpp"
#include "ledger/record_name.hpp"
#include "ledger/record_writer.hpp"
#include "render/percent.hpp"
#include "render/rates.hpp"

namespace arcollect::cli {

namespace {

struct ListOptions {
  std::string series = "statutory";
  std::string format;
};

struct AddOptions {
  std::string series, from, percent, source, format;
  bool dry_run = false;
};

std::string series_choices() {
  std::string list;
  for (const auto& [name, series] : rate_series_names())
    list += (list.empty() ? "" : ", ") + std::string(name);
  return list;
}

RateSeries option_series(const std::string& text) {
  if (auto series = value_of(rate_series_names(), text)) return *series;
  throw UsageError(fmt::format("'{}' is not a rate series arcollect knows; the series are: {}",
                               text, series_choices()));
}

RateRecord build_rate(const AddOptions& o) {
  RateRecord rate;
  rate.series = option_series(o.series);
  rate.from = option_date("DATE", o.from);
  // A whole statutory rate is a half-year's, whenever it was published.
  if (shipped_history(rate.series).whole_rate && half_year_start(rate.from) != rate.from)
    throw UsageError(fmt::format(
        "DATE {}: a {} figure is the rate of a half-year; give the half-year's first day, {} "
        "(the day it was published belongs in --source)",
        o.from, o.series, format_date(half_year_start(rate.from))));
  const auto bad_percent = [&] {
    return UsageError(fmt::format(
        "PERCENT '{}' is not a rate; write the percentage as published, e.g. 3.75 (at most 4 "
        "decimals, under 100)",
        o.percent));
  };
  if (parse_decimal(o.percent, rate.percent) != DecimalError::none || rate.percent.units < 0)
    throw bad_percent();
  auto millionths = to_minor(rate.percent, 4);
  if (!millionths || *millionths >= 1'000'000) throw bad_percent();
  rate.millionths = *millionths;
  if (o.source.empty())
    throw UsageError("--source is empty; give the page that published the rate (a URL)");
  refuse_bad_text("--source", o.source);
  rate.source = o.source;
  return rate;
}

// One rate per series and day: the same one again is already there (nothing to write), another
// is refused, so that the file that is wrong is deleted rather than outvoted.
bool already_recorded(const Book& book, const RateRecord& rate) {
  const RateRecord* there = recorded_rate(book, rate.series, rate.from);
  if (!there) return false;
  if (there->millionths == rate.millionths) return true;
  throw Error(fmt::format(
      "{}:{}: the ledger already gives the '{}' rate from {} as {}; delete that file first if it "
      "is wrong",
      book.files[there->pos.file], there->pos.line, name_of(rate_series_names(), rate.series),
      format_date(rate.from), rate_text(there->millionths)));
}

std::function<int()> setup_add(CLI::App& add, const Globals& globals) {
  auto o = std::make_shared<AddOptions>();
  add.add_option("SERIES", o->series, "the rate's series: " + series_choices())->required();
  add.add_option("DATE", o->from, "the day the rate took effect, YYYY-MM-DD")->required();
  add.add_option("PERCENT", o->percent, "the rate as published, e.g. 3.75")->required();
  add.add_option("--source", o->source, "where it was published (a URL)")
      ->required()
      ->type_name("URL");
  add.add_flag("--dry-run", o->dry_run, "print the file instead of writing it");
  add_format(add, o->format, {"text", "json"});
  return [&globals, o] {
    const RateRecord rate = build_rate(*o);
    Book book = load_book(globals);
    RecordFile file{"", false, rate_toml(rate)};
    const RecordPlace place = rate_place(rate);
    file.path = planned_file_name(place.folder, place.stem);
    // Nothing to write: a script reading JSON still gets its document, saying so.
    auto already_there = [&](const Book& now) {
      std::cerr << "arcollect: that rate is already recorded; nothing was written\n";
      if (o->format == "json")
        print_json(globals, "rates add", rate_added_json(rate, rate_history(now, rate.series), {}));
      return kExitOk;
    };
    auto report = [&](const Book& now) {
      RateHistory history = rate_history(now, rate.series);
      if (o->format == "json")
        print_json(globals, "rates add", rate_added_json(rate, history, {file}));
      else
        std::cout << rate_added_text(rate, history, file);
    };
    if (already_recorded(book, rate)) {
      return already_there(book);
    }
    // A rate from a later day also says what held before it: name the days it vouches for.
    const RateHistory before = rate_history(book, rate.series);
    if (rate.from > add_days(before.known_until, 1))
      warn(globals,
           fmt::format(
               "the table was known up to {}; this rate makes the days from {} to {} known at "
               "the rate before it, {}: if a decision in between changed it, add that one too",
               format_date(before.known_until), format_date(add_days(before.known_until, 1)),
               format_date(add_days(rate.from, -1)),
               rate_text(rate_on(before, before.known_until).value_or(RateLookup{}).millionths)));
    if (o->dry_run) {
      book.rates.push_back(rate);
      if (o->format == "json")
        report(book);
      else
        std::cout << file.text;
      std::cerr << "arcollect: dry run: nothing was written\n";
      return kExitOk;
    }
    const LedgerLocation where = locate_ledger(globals);
    // Asked again under the lock: another writer may have recorded this day meanwhile.
    struct AlreadyThere {};
    try {
      file.path = append_record(where.root, place.folder, place.stem, file.text, [&] {
        if (already_recorded(reload_under_lock(where).book, rate)) throw AlreadyThere{};
      });
    } catch (const AlreadyThere&) {
      return already_there(load_book(globals));  // as it is now, with the other writer's
    }
    file.written = true;
    report(load_book(globals));
    return kExitOk;
  };
}

std::function<int()> setup_list(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<ListOptions>();
  app.add_option("--series", o->series,
                 "which history: the one statutory interest rests on (default), " +
                     series_choices() + ", or all")
      ->type_name("SERIES");
  add_format(app, o->format, {"text", "json"});
  return [&globals, o] {
    const Book book = load_book(globals);
    const LawProfile* law = law_profile(book.settings.business.jurisdiction);
    const std::vector<RateSeries> rests_on = law ? law_series(*law) : std::vector<RateSeries>{};
    std::vector<RatesShown> shown;
    auto show = [&](RateSeries series) {
      shown.push_back(
          {rate_history(book, series), std::ranges::find(rests_on, series) != rests_on.end()});
    };
    if (o->series == "all" || (o->series == "statutory" && !law)) {
      for (const auto& [name, series] : rate_series_names()) show(series);
    } else if (o->series == "statutory") {
      for (RateSeries series : rests_on) show(series);
    } else {
      show(option_series(o->series));
    }
    if (o->format == "json")
      print_json(globals, "rates", rates_json(book, shown));
    else
      std::cout << rates_text(book, shown, use_color(globals));
    return kExitOk;
  };
}

}  // namespace

std::function<int()> setup_rates(CLI::App& app, const Globals& globals) {
  CLI::App* add = app.add_subcommand("add", "record a published rate as a new file under rates/");
  add->fallthrough();
  auto run_add = setup_add(*add, globals);
  auto run_list = setup_list(app, globals);
  return [add, run_add, run_list] { return add->parsed() ? run_add() : run_list(); };
}

}  // namespace arcollect::cli
