#include "render/table.hpp"

#include <algorithm>

#include "render/terminal_safe.hpp"

namespace arcollect {

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (text.compare(i, kColorMark.size(), kColorMark) == 0) {  // a colour mark takes none
      std::size_t end = text.find('m', i);
      if (end != std::string::npos) {
        i = end;
        continue;
      }
    }
    if (c < 0x20 || c == 0x7F)
      width += 4;  // shown as \x1b
    else
      width += (c & 0xC0) != 0x80;
  }
  return width;
}

std::string paint(const std::string& text, Style style, bool color) {
  if (!color || style == Style::plain || text.empty()) return text;
  const char* code = style == Style::bold         ? "1"
                     : style == Style::red        ? "31"
                     : style == Style::yellow     ? "33"
                     : style == Style::green      ? "32"
                     : style == Style::magenta    ? "35"
                     : style == Style::bright_red ? "91"
                     : style == Style::cyan       ? "36"
                                                  : "2";
  // Marks, not escape sequences: terminal_text writes them as the last step (see there).
  return std::string(kColorMark) + code + "m" + text + std::string(kColorMark) + "0m";
}

std::string render_table(const Table& table, bool color) {
  std::size_t columns = table.align.size();
  std::vector<std::size_t> widths(columns, 0);
  auto measure = [&](const std::vector<Cell>& row) {
    for (std::size_t i = 0; i < columns && i < row.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i].text));
  };
  measure(table.header);
  for (const auto& row : table.rows) measure(row);
  for (const auto& row : table.footer) measure(row);

  std::string out;
  auto line = [&](const std::vector<Cell>& row) {
    std::string text;
    std::size_t pending = 0;  // spaces owed before the next visible text
    for (std::size_t i = 0; i < columns; ++i) {
      const Cell empty;
      const Cell& cell = i < row.size() ? row[i] : empty;
      std::size_t pad = widths[i] - display_width(cell.text);
      if (i > 0) pending += 2;
      if (table.align[i] == Align::right) pending += pad;
      if (!cell.text.empty()) {
        text.append(pending, ' ');
        pending = 0;
        text += paint(cell.text, cell.style, color);
      }
      if (table.align[i] == Align::left) pending += pad;
    }
    out += text + "\n";
  };
  if (!table.header.empty()) line(table.header);
  for (const auto& row : table.rows) line(row);
  if (!table.footer.empty()) {
    std::size_t total = 0;
    for (std::size_t w : widths) total += w;
    out += std::string(total + 2 * (columns - 1), '-') + "\n";
    for (const auto& row : table.footer) line(row);
  }
  return out;
}

std::string day_count(long days) {
  return std::to_string(days) + (days == 1 || days == -1 ? " day" : " days");
}

}  // namespace arcollect
