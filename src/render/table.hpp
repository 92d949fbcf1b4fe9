// Aligned text tables, with optional colour per cell.
#pragma once

#include <string>
#include <vector>

namespace arcollect {

enum class Align { left, right };
enum class Style { plain, bold, red, yellow, dim, green, magenta, bright_red, cyan };

struct Cell {
  std::string text;
  Style style = Style::plain;
  Cell() = default;
  Cell(std::string t, Style s = Style::plain) : text(std::move(t)), style(s) {}  // NOLINT
  Cell(const char* t, Style s = Style::plain) : text(t), style(s) {}             // NOLINT
};

struct Table {
  std::vector<Align> align;  // one per column
  std::vector<Cell> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::vector<Cell>> footer;  // after a rule, e.g. totals
};

// Columns separated by two spaces, no trailing blanks; ANSI colour when `color`.
std::string render_table(const Table& table, bool color);

// Terminal columns a UTF-8 string takes (one per code point).
std::size_t display_width(const std::string& text);

// "1 day", "2 days": a count of days as words say it.
std::string day_count(long days);

std::string paint(const std::string& text, Style style, bool color);

}  // namespace arcollect
