#include "render/letter_html.hpp"

#include <map>

#include <fmt/format.h>

#include "render/letter.hpp"
#include "render/letter_language.hpp"
#include "render/print_page.hpp"
#include "render/wrap.hpp"
#include "render/xml.hpp"

namespace arcollect {

namespace {

// The fields that hold a table. The text letter is filled with a marker in their place, and
// the page puts the HTML table where the marker stands.
constexpr std::string_view kTableFields[] = {"invoices", "charges", "schedule"};

// A marker of U+001E, which no letter's words need. A ledger value that holds one can at worst
// put this letter's own table in its place.
std::string marker(std::string_view field) {
  return "\x1e" + std::string(field) + "\x1e";
}

// `text` escaped, each marker replaced by its table, which closes the element (`tag`) the text
// is in and opens it again after; a figure and its word kept on one line.
std::string with_tables(const std::string& text, const std::map<std::string, std::string>& tables,
                        std::string_view tag) {
  auto escaped = [tag](const std::string& part) {
    std::string html = xml_escape(tag == "pre" ? part : keep_figures_together(part));
    for (std::size_t at = html.find("\u00A0"); at != std::string::npos;
         at = html.find("\u00A0", at))
      html.replace(at, 2, "&nbsp;");
    return html;
  };
  std::string out;
  std::size_t at = 0, from = 0;  // from: the text not yet written
  while ((at = text.find('\x1e', at)) != std::string::npos) {
    std::size_t end = text.find('\x1e', at + 1);
    auto table =
        end == std::string::npos ? tables.end() : tables.find(text.substr(at, end + 1 - at));
    if (table == tables.end()) {
      ++at;
      continue;
    }
    out += escaped(text.substr(from, at - from)) + fmt::format("</{}>\n", tag) + table->second +
           fmt::format("<{}>", tag);
    at = from = end + 1;
  }
  return out + escaped(text.substr(from));
}

// Each block of the filled text as HTML: prose a paragraph, lines a paragraph of lines, a text
// table preformatted; a block that is only a table's marker, the table.
std::string body_html(const std::string& body, const std::map<std::string, std::string>& tables) {
  std::string out;
  for (const TextBlock& block : text_blocks(body)) {
    if (block.lines.size() == 1 && tables.contains(block.lines.front())) {
      out += tables.at(block.lines.front());
      continue;
    }
    std::string html;
    if (block.kind == TextBlock::Kind::prose) {
      std::string text;
      for (const std::string& line : block.lines) text += (text.empty() ? "" : " ") + line;
      html = with_tables(text, tables, "p");
    } else {
      const char* tag = block.kind == TextBlock::Kind::table ? "pre" : "p";
      const char* separator = block.kind == TextBlock::Kind::table ? "\n" : "<br>\n";
      for (std::size_t k = 0; k < block.lines.size(); ++k)
        html += (k ? separator : "") + with_tables(block.lines[k], tables, tag);
    }
    out += block.kind == TextBlock::Kind::table ? "<pre>" + html + "</pre>\n"
                                                : "<p>" + html + "</p>\n";
  }
  // A table that stood first or last in its paragraph, or on a line of its own, leaves an
  // empty element, or a line break at its edge.
  constexpr std::pair<std::string_view, std::string_view> kStrays[] = {
      {"<p></p>\n", ""}, {"<pre></pre>\n", ""}, {"<br>\n</p>", "</p>"}, {"<p><br>\n", "<p>"}};
  for (const auto& [stray, kept] : kStrays)
    for (std::size_t at = out.find(stray); at != std::string::npos; at = out.find(stray, at))
      out.replace(at, stray.size(), kept);
  return out;
}

}  // namespace

std::string letter_html(const Book& book, const Letter& letter, const LetterTemplate& tmpl) {
  TemplateValues values = letter_values(book, letter, LetterStyle::text);
  TemplateValues html = letter_values(book, letter, LetterStyle::html);
  std::map<std::string, std::string> tables;
  for (std::string_view field : kTableFields) {
    std::string& value = values[std::string(field)];
    if (value.empty()) continue;
    value = marker(field);
    tables[value] = html[std::string(field)];
  }
  // Not reflowed: the browser fills the lines, and prose is told from lines on the text as the
  // template wrote it, as reflow tells them.
  const FilledLetter filled = expand_letter(tmpl, values);

  const Customer& customer = book.customers[letter.customer];
  PrintPage page = business_page(book.settings.business);
  page.language = letter_language(book, letter);
  page.title = filled.subject;
  if (!letter.to_name.empty()) page.recipient.push_back(letter.to_name);
  page.recipient.push_back(customer.name);
  page.recipient.insert(page.recipient.end(), customer.address.begin(), customer.address.end());
  page.date = letter_date(letter.today, page.language);
  page.body_html = "<h1>" + xml_escape(filled.subject) + "</h1>\n" + body_html(filled.body, tables);
  return print_document(page);
}

}  // namespace arcollect
