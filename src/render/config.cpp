#include "render/config.hpp"

#include <fmt/format.h>

#include "render/table.hpp"

namespace arcollect {

namespace {

// "arcollect.toml:12", as git config --show-origin names a file, and compilers a place.
std::string origin_text(const Setting& s) {
  if (s.origin.empty()) return "-";
  return s.line ? fmt::format("{}:{}", s.origin, s.line) : s.origin;
}

}  // namespace

std::string config_text(const std::vector<Setting>& settings, bool color) {
  Table table;
  table.header = {"setting", "value", "from"};
  for (auto& cell : table.header) cell.style = Style::bold;
  table.align = {Align::left, Align::left, Align::left};
  for (const Setting& s : settings)
    table.rows.push_back(
        {s.key, s.value.empty() ? Cell("-") : Cell(s.value), Cell(origin_text(s))});
  return render_table(table, color);
}

JsonObject config_json(const std::vector<Setting>& settings) {
  JsonArray list;
  for (const Setting& s : settings)
    list.push_back(
        JsonObject{{"key", s.key},
                   {"value", text_or_null(s.value)},
                   {"origin", text_or_null(s.origin)},
                   {"line", s.line ? Json(static_cast<std::int64_t>(s.line)) : Json(nullptr)}});
  return JsonObject{{"settings", std::move(list)}};
}

}  // namespace arcollect
