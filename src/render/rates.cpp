#include "render/rates.hpp"

#include <fmt/format.h>

#include "render/json.hpp"
#include "render/percent.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

std::string series_id(RateSeries series) {
  return std::string(name_of(rate_series_names(), series));
}

std::string_view origin_name(RateOrigin origin) {
  switch (origin) {
    case RateOrigin::published:
      return "published";
    case RateOrigin::derived:
      return "derived";
    case RateOrigin::settings:
      return "arcollect.toml";
    case RateOrigin::ledger:
      return "recorded";
  }
  return "";
}

// Where one figure came from: its own source, or the [[rate]] record that gave it.
std::string figure_source(const Book& book, const RateChange& change) {
  if (change.recorded)
    return fmt::format("{}:{}: {}", book.files[change.recorded->file], change.recorded->line,
                       change.source);
  return change.origin == RateOrigin::settings ? "" : change.source;
}

}  // namespace

std::string rates_text(const Book& book, const std::vector<RatesShown>& shown, bool color) {
  std::string out;
  for (const RatesShown& s : shown) {
    const RateHistory& h = s.history;
    if (!out.empty()) out += "\n";
    out += paint(fmt::format("{} ({})", h.name, series_id(h.series)), Style::bold, color);
    out += s.statutory ? ": statutory interest rests on it\n" : "\n";
    out += "Known up to " + format_long_date(h.known_until) + "\n";
    if (h.whole_rate)
      out += "Each figure is the whole statutory rate of its half-year, the margin included\n";
    out += "Shipped figures: " + h.source + "\n";
    out += fmt::format("A later rate: arcollect rates add {} DATE PERCENT --source URL\n\n",
                       series_id(h.series));
    Table table;
    table.header = {Cell{"From", Style::bold}, Cell{"Rate", Style::bold},
                    Cell{"Figure", Style::bold}, Cell{"Source", Style::bold}};
    table.align = {Align::left, Align::right, Align::left, Align::left};
    for (const RateChange& change : h.changes)
      table.rows.push_back({format_date(change.from), rate_decimal(change.millionths) + "%",
                            std::string(origin_name(change.origin)), figure_source(book, change)});
    out += render_table(table, color);
  }
  return out;
}

JsonObject rates_json(const Book& book, const std::vector<RatesShown>& shown) {
  JsonArray series;
  for (const RatesShown& s : shown) {
    const RateHistory& h = s.history;
    JsonArray changes;
    for (const RateChange& change : h.changes) {
      JsonObject entry{{"from", format_date(change.from)},
                       {"percent", rate_decimal(change.millionths)},
                       {"source", change.source.empty() ? h.source : change.source},
                       // The Figure column's words, but "settings" for arcollect.toml's.
                       {"figure", change.origin == RateOrigin::settings
                                      ? std::string("settings")
                                      : std::string(origin_name(change.origin))},
                       {"shipped", change.origin == RateOrigin::published ||
                                       change.origin == RateOrigin::derived},
                       {"derived", change.origin == RateOrigin::derived}};
      // Where a [[rate]] record gave it; null for the shipped figures and arcollect.toml's.
      if (const std::optional<SourcePos>& at = change.recorded) {
        entry.emplace_back("file", ledger_path(book.files[at->file], book.display_root));
        entry.emplace_back("line", static_cast<std::int64_t>(at->line));
      } else {
        entry.emplace_back("file", nullptr);
        entry.emplace_back("line", nullptr);
      }
      changes.push_back(std::move(entry));
    }
    series.push_back(JsonObject{{"series", series_id(h.series)},
                                {"name", h.name},
                                {"statutory", s.statutory},
                                {"whole_rate", h.whole_rate},
                                {"known_until", format_date(h.known_until)},
                                {"source", h.source},
                                {"changes", std::move(changes)}});
  }
  return JsonObject{{"series", std::move(series)}};
}

std::string rate_added_text(const RateRecord& rate, const RateHistory& now,
                            const RecordFile& file) {
  return fmt::format("{} {}\n{} {} from {}\n  source {}\nKnown up to {}\n",
                     file.written ? "Recorded" : "Would write", file.path, now.name,
                     rate_text(rate.millionths), format_long_date(rate.from), rate.source,
                     format_long_date(now.known_until));
}

JsonObject rate_added_json(const RateRecord& rate, const RateHistory& now,
                           const std::vector<RecordFile>& files) {
  JsonObject out = files_json(files);
  out.emplace_back("rate", JsonObject{{"series", series_id(rate.series)},
                                      {"from", format_date(rate.from)},
                                      {"percent", rate_decimal(rate.millionths)},
                                      {"source", rate.source}});
  out.emplace_back("known_until", format_date(now.known_until));
  return out;
}

}  // namespace arcollect
