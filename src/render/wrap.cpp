#include "render/wrap.hpp"

#include <string_view>
#include <vector>

#include "render/table.hpp"

namespace arcollect {

namespace {

constexpr std::size_t kProseLine = 50;  // a paragraph's lines at least this long are prose
constexpr std::size_t kWrap = 72;       // text letters are filled to this width
constexpr std::size_t kLongLine = 78;   // and no line is longer, except a table's
constexpr std::size_t kGlued = 24;      // a figure and the words joined to it, at most

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return lines;
}

// A figure: digits with the signs of numbers, dates and phone numbers ("10", "1,200.00",
// "30.", "+44"). A line never breaks after one, so "10 December", "1,200.00 GBP" and
// "+44 113 496 0718" stay whole.
bool is_figure(const std::string& word) {
  bool digit = false;
  for (char c : word) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (std::string_view(",.+-").find(c) == std::string_view::npos)
      return false;
  }
  return digit;
}

// The words of `text` from `from` on, a figure and the word after it joined by a space while
// short: a list of numbers must still break somewhere.
std::vector<std::string> glued_words(const std::string& text, std::size_t from) {
  std::vector<std::string> words;
  bool glue = false;  // the word before was a figure
  for (std::size_t at = from; at < text.size();) {
    std::size_t space = std::min(text.find(' ', at), text.size());
    std::string w = text.substr(at, space - at);
    at = space + 1;
    if (w.empty()) continue;
    if (glue && display_width(words.back()) + 1 + display_width(w) <= kGlued)
      words.back() += " " + w;
    else
      words.push_back(w);
    glue = is_figure(w);
  }
  return words;
}

// `words` (after `lead`) greedily in lines of at most 72 columns.
void fill_words(const std::string& lead, const std::string& text, std::string& out) {
  const std::vector<std::string> words = glued_words(text, lead.size());
  std::string current = lead;
  for (const std::string& w : words) {
    if (current.size() > lead.size() && display_width(current + " " + w) > kWrap) {
      out += current + "\n";
      current = lead;
    }
    current += (current.size() > lead.size() ? " " : "") + w;
  }
  out += current + "\n";
}

// A run of non-blank lines [begin, end). Prose: every line but its last is at least 50
// columns, so the template wrapped it and values may have changed the widths. A table has
// lines that are indented or hold two spaces.
struct Paragraph {
  std::size_t begin = 0, end = 0;
  bool table = false, prose = true;
};

std::vector<Paragraph> paragraphs(const std::vector<std::string>& lines) {
  std::vector<Paragraph> found;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    Paragraph p{i, i, false, true};
    while (p.end < lines.size() && !lines[p.end].empty()) ++p.end;
    for (std::size_t k = p.begin; k < p.end; ++k) {
      // Trailing spaces are a Markdown line break, not a column gap.
      std::string_view line = lines[k];
      line = line.substr(0, line.find_last_not_of(' ') + 1);
      std::size_t indent = line.find_first_not_of(' ');
      p.table = p.table || indent != 0 || line.find("  ", indent) != std::string_view::npos ||
                line.starts_with("|");
      p.prose = p.prose && (k + 1 == p.end || display_width(lines[k]) >= kProseLine);
    }
    found.push_back(p);
    i = p.end;
  }
  return found;
}

}  // namespace

std::string reflow(const std::string& text) {
  std::vector<std::string> lines = split_lines(text);
  std::string out;
  std::size_t k = 0;
  for (const Paragraph& p : paragraphs(lines)) {
    for (; k < p.begin; ++k) out += "\n";  // the blank lines before it
    if (!p.table && p.prose) {
      std::string joined;
      for (std::size_t i = p.begin; i < p.end; ++i)
        joined += (joined.empty() ? "" : " ") + lines[i];
      fill_words("", joined, out);
    } else {
      for (std::size_t i = p.begin; i < p.end; ++i) {
        std::size_t indent = lines[i].find_first_not_of(' ');
        if (p.table || display_width(lines[i]) <= kLongLine)
          out += lines[i] + "\n";
        else
          fill_words(std::string(indent, ' '), lines[i], out);
      }
    }
    k = p.end;
  }
  for (; k < lines.size(); ++k) out += "\n";
  out.pop_back();  // the last line has no newline after it
  return out;
}

std::string markdown_breaks(const std::string& text) {
  std::vector<std::string> lines = split_lines(text);
  for (const Paragraph& p : paragraphs(lines))
    if (!p.table && !p.prose)
      for (std::size_t k = p.begin; k + 1 < p.end; ++k)
        if (!lines[k].ends_with("  ")) lines[k] += "  ";
  std::string result;
  for (std::size_t k = 0; k < lines.size(); ++k)
    result += lines[k] + (k + 1 < lines.size() ? "\n" : "");
  return result;
}

std::vector<TextBlock> text_blocks(const std::string& text) {
  std::vector<std::string> lines = split_lines(text);
  std::vector<TextBlock> blocks;
  for (const Paragraph& p : paragraphs(lines)) {
    TextBlock block;
    block.kind = p.table   ? TextBlock::Kind::table
                 : p.prose ? TextBlock::Kind::prose
                           : TextBlock::Kind::lines;
    block.lines.assign(lines.begin() + static_cast<std::ptrdiff_t>(p.begin),
                       lines.begin() + static_cast<std::ptrdiff_t>(p.end));
    blocks.push_back(std::move(block));
  }
  return blocks;
}

std::string keep_figures_together(const std::string& text) {
  std::string out;
  for (std::string word : glued_words(text, 0)) {
    for (std::size_t at = word.find(' '); at != std::string::npos; at = word.find(' ', at))
      word.replace(at, 1, "\u00A0");
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

std::string fill(const std::string& indent, const std::string& words) {
  std::string out;
  fill_words(indent, indent + words, out);
  return out;
}

}  // namespace arcollect
