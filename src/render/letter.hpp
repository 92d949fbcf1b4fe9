// A letter in words: the template's fields filled from a Letter, and the page around it for
// printing (text) or for a Markdown document. render/letter_html sets it as an HTML page.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "collect/letter.hpp"
#include "render/template.hpp"

namespace arcollect {

// How values are written: as plain text, escaped for Markdown, or for a printed page
// (render/letter_html), plain text with the tables as HTML.
enum class LetterStyle { text, markdown, html };

// The fields a template may use, as arcollect-remind(1) lists them.
std::span<const std::string_view> letter_fields();

// The built-in template called `name` in `language` (the English one when that language has
// none of that name), or nothing when there is none.
std::optional<std::string_view> builtin_template(std::string_view name,
                                                 Language language = Language::en);
std::optional<std::string_view> builtin_german_template(std::string_view name);
std::vector<std::string_view> builtin_template_names();

// The template a letter is worded by: its step's, or for a letter of claim "letter-of-claim".
std::string template_for(const Letter& letter);

TemplateValues letter_values(const Book& book, const Letter& letter, LetterStyle style);

struct FilledLetter {
  std::string subject;
  std::string body;
};

// The template filled in, its prose filled to 72 columns (see render/wrap).
FilledLetter fill_letter(const LetterTemplate& tmpl, const TemplateValues& values);
// The template filled in, as written: for a page a browser lays out, which tells prose from
// lines on this text, just as reflow would.
FilledLetter expand_letter(const LetterTemplate& tmpl, const TemplateValues& values);

// The letter with its letterhead, date and recipient's address, for printing or Markdown.
std::string letter_page(const Book& book, const Letter& letter, const FilledLetter& filled,
                        LetterStyle style);

}  // namespace arcollect
