#include "render/config.hpp"

#include "render/table.hpp"

namespace arcollect {

std::string config_text(const std::vector<Setting>& settings, bool color) {
  Table table;
  table.header = {"setting", "value", "from"};
  for (auto& cell : table.header) cell.style = Style::bold;
  table.align = {Align::left, Align::left, Align::left};
  for (const Setting& s : settings)
    table.rows.push_back({s.key, s.value.empty() ? Cell("-") : Cell(s.value),
                          s.origin.empty() ? Cell("-") : Cell(s.origin)});
  return render_table(table, color);
}

JsonObject config_json(const std::vector<Setting>& settings) {
  JsonArray list;
  for (const Setting& s : settings)
    list.push_back(JsonObject{
        {"key", s.key}, {"value", text_or_null(s.value)}, {"origin", text_or_null(s.origin)}});
  return JsonObject{{"settings", std::move(list)}};
}

}  // namespace arcollect
