#include "render/letter_tables.hpp"

#include <fmt/format.h>

#include "render/letter_language.hpp"
#include "render/letter_words.hpp"
#include "render/print_page.hpp"
#include "render/table.hpp"

namespace arcollect {

namespace {

// Rows as an indented text table, a Markdown table or an HTML one.
std::string block(const Table& table, LetterStyle style) {
  if (style == LetterStyle::html) return html_table(table);
  if (style == LetterStyle::text) {
    std::string out;
    std::string text = render_table(table, false);
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      out += "  " + text.substr(at, end - at) + "\n";
      at = end + 1;
    }
    out.pop_back();
    return out;
  }
  auto row = [](const std::vector<Cell>& cells) {
    std::string line = "|";
    for (const Cell& cell : cells) line += " " + escape_markdown(cell.text) + " |";
    return line + "\n";
  };
  std::string out = row(table.header) + "|";
  for (Align a : table.align) out += a == Align::left ? " --- |" : " ---: |";
  out += "\n";
  for (const auto& r : table.rows) out += row(r);
  for (const auto& r : table.footer) out += row(r);
  out.pop_back();
  return out;
}

// A column that a table has or leaves out as a whole.
struct Column {
  std::string heading;
  Align align = Align::left;
  bool shown = true;
};

}  // namespace

std::string escape_markdown(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string invoice_table(const Book& book, const Letter& letter, LetterStyle style) {
  const Language language = letter_language(book, letter);
  const LetterPhrases& words = letter_phrases(language);
  const auto money = [&](std::int64_t minor, const std::string& currency) {
    return letter_money(minor, currency, book.settings.letters.money, language);
  };
  const bool reminder = letter.kind == LetterKind::reminder;
  bool po = false, part_paid = false, late = false;
  for (const LetterInvoice& line : letter.invoices) {
    const Invoice& inv = book.invoices[line.invoice];
    po = po || !inv.po.empty();
    part_paid = part_paid || line.balance != inv.amount.minor;
    late = late || line.days > 0;
  }
  const Column columns[] = {{std::string(words.invoice)},
                            {std::string(words.po), Align::left, po},
                            {std::string(words.issued), Align::left, !reminder},
                            {std::string(words.due)},
                            {std::string(words.amount), Align::right, !reminder || part_paid},
                            {std::string(words.unpaid), Align::right},
                            {std::string(words.days_late), Align::right, reminder && late}};
  Table table;
  for (const Column& column : columns)
    if (column.shown) {
      table.header.push_back(column.heading);
      table.align.push_back(column.align);
    }
  for (const LetterInvoice& line : letter.invoices) {
    const Invoice& inv = book.invoices[line.invoice];
    const std::string cells[] = {inv.id,
                                 inv.po,
                                 letter_short_date(inv.issued, language),
                                 letter_short_date(inv.due, language),
                                 money(inv.amount.minor, inv.amount.currency),
                                 money(line.balance, inv.amount.currency),
                                 line.days > 0 ? std::to_string(line.days) : ""};
    std::vector<Cell> row;
    for (std::size_t k = 0; k < std::size(columns); ++k)
      if (columns[k].shown) row.push_back(cells[k]);
    table.rows.push_back(std::move(row));
  }
  return block(table, style);
}

std::string charges_table(const Book& book, const Letter& letter, LetterStyle style) {
  const Language language = letter_language(book, letter);
  const LetterPhrases& words = letter_phrases(language);
  Table table;
  table.header = {std::string(words.claimed), std::string(words.amount)};
  table.align = {Align::left, Align::right};
  for (const LetterTotal& t : letter.totals) {
    if (t.overdue == 0) continue;
    const auto money = [&](std::int64_t minor) {
      return letter_money(minor, t.currency, book.settings.letters.money, language);
    };
    std::string suffix = letter.totals.size() > 1 ? " (" + t.currency + ")" : "";
    auto add = [&](const std::string& what, std::int64_t minor) {
      if (minor != 0) table.rows.push_back({what + suffix, money(minor)});
    };
    add(std::string(words.now_due), t.overdue);
    add(fmt::format(fmt::runtime(words.interest_to), letter_date(letter.today, language)),
        t.interest);
    add(std::string(words.compensation), t.compensation);
    add(std::string(words.late_fee), t.late_fee);
    table.footer.push_back({std::string(words.total_claimed) + suffix, money(t.claim())});
  }
  if (table.footer.empty()) return "";
  return block(table, style);
}

std::string schedule_table(const Book& book, const Letter& letter, const std::string& currency,
                           LetterStyle style) {
  const Language language = letter_language(book, letter);
  const LetterPhrases& words = letter_phrases(language);
  Table table;
  table.header = {std::string(words.payment), std::string(words.due), std::string(words.amount)};
  table.align = {Align::left, Align::left, Align::right};
  int n = 0;
  for (const auto& [due, minor] : letter.schedule)
    table.rows.push_back(
        {due == letter.today && n == 0 ? std::string(words.now) : std::to_string(++n),
         letter_date(due, language),
         letter_money(minor, currency, book.settings.letters.money, language)});
  return block(table, style);
}

}  // namespace arcollect
