// Laying out letter text: refilling prose to 72 columns for plain text and email, and
// keeping deliberate line breaks in Markdown.
#pragma once

#include <string>
#include <vector>

namespace arcollect {

// Text letters are wrapped at 72 columns. A paragraph whose lines, all but its last, are 50
// columns or longer is prose (the template wrapped it and values changed the widths) and is
// filled again as a whole; in other paragraphs a line over 78 columns is wrapped alone,
// keeping its indent. Tables (lines indented or holding two spaces) are left as they are.
std::string reflow(const std::string& text);

// Markdown joins a paragraph's lines: the lines of a paragraph that is not prose (an address,
// a signature) get a hard line break; prose is left to flow.
std::string markdown_breaks(const std::string& text);

// A letter's text in the blocks reflow sees: prose (filled as a whole), lines kept as they
// are (an address, a signature) and tables (indented or column-spaced lines). A printed page
// sets each in its own way.
struct TextBlock {
  enum class Kind { prose, lines, table };
  Kind kind = Kind::prose;
  std::vector<std::string> lines;
};
std::vector<TextBlock> text_blocks(const std::string& text);

// `text` with the spaces reflow would not break at (after a figure, see there) made no-break
// spaces (U+00A0), for a page a browser lays out; runs of spaces become one.
std::string keep_figures_together(const std::string& text);

// `words` filled greedily in lines of at most 72 columns, each starting with `indent`.
std::string fill(const std::string& indent, const std::string& words);

}  // namespace arcollect
