#include "render/print_page.hpp"

#include <fmt/format.h>

#include "render/letter_language.hpp"
#include "render/xml.hpp"

namespace arcollect {

namespace {

// The page, measured from the sheet's edges. The address field follows DIN 5008 form B: 20 mm
// from the left, 45 mm from the top, 85 x 45 mm, a line for the sender's return address at its
// top and the recipient below it. It shows through the window of a DL (110 x 220 mm) window
// envelope, German (90 x 45 mm window, 20 mm from the left, 15 mm from the bottom) and British
// (90 x 35 mm) alike, with the sheet folded in three. The page margins are 18 mm at the top
// and 20 mm at the sides, so positions in the head are the sheet's less those.
constexpr std::string_view kStyle = R"(@page {
  size: A4;
  margin: 18mm 20mm 20mm 20mm;
  @bottom-right { content: "{page} " counter(page) " {of} " counter(pages);
                  font: 8pt "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #555; }
}
html { font: 10pt/1.3 "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #111; }
body { margin: 0; }
.head { position: relative; height: 80mm; }
.letterhead { position: absolute; top: 0; right: 0; text-align: right; font-size: 9pt; }
.letterhead .sender { font-size: 15pt; font-weight: bold; margin-bottom: 1mm; }
.window { position: absolute; top: 27mm; left: 0; width: 85mm; height: 45mm; }
.window .return { height: 12.7mm; font-size: 7pt; color: #444; display: flex;
                  align-items: flex-end; }
.window .return span { border-bottom: 0.2mm solid #999; }
.window .to { margin-top: 4mm; line-height: 1.2; }
.date { position: absolute; top: 72mm; right: 0; }
h1 { font-size: 13pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 5mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
pre { font: 9pt "Liberation Mono", "DejaVu Sans Mono", monospace; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm; font-size: 9pt;
        break-inside: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; border-bottom: 0.3mm solid #333; white-space: nowrap; }
th, td { padding: 0.7mm 1.5mm; vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; }
td.word { white-space: nowrap; }
table.long { break-inside: auto; }
tfoot td { border-top: 0.3mm solid #333; font-weight: bold; }
ul { margin: 0 0 3mm; padding-left: 5mm; }
li { break-inside: avoid; }
@media screen {
  html { background: #ddd; }
  body { background: #fff; width: 170mm; margin: 8mm auto; padding: 18mm 20mm; }
}
)";

std::string style_sheet(Language language) {
  const LetterPhrases& words = letter_phrases(language);
  std::string css(kStyle);
  auto put = [&css](std::string_view key, std::string_view value) {
    css.replace(css.find(key), key.size(), value);
  };
  put("{page}", words.page);
  put("{of}", words.of);
  return css;
}

}  // namespace

std::string html_lines(const std::vector<std::string>& lines) {
  std::string out = "<p>";
  for (std::size_t k = 0; k < lines.size(); ++k) out += (k ? "<br>\n" : "") + xml_escape(lines[k]);
  return out + "</p>\n";
}

std::string html_table(const Table& table, std::string_view css_class) {
  // A column of short single words (dates, numbers, ids) never wraps, not even at a hyphen; a
  // long one may, rather than run off the page.
  constexpr std::size_t kShortWord = 20;
  std::vector<bool> single_words(table.align.size(), true);
  auto measure = [&](const std::vector<Cell>& cells) {
    for (std::size_t k = 0; k < cells.size() && k < single_words.size(); ++k)
      single_words[k] = single_words[k] && cells[k].text.find(' ') == std::string::npos &&
                        display_width(cells[k].text) <= kShortWord;
  };
  for (const auto& cells : table.rows) measure(cells);
  for (const auto& cells : table.footer) measure(cells);
  auto row = [&](const std::vector<Cell>& cells, const char* tag) {
    std::string out = "<tr>";
    for (std::size_t k = 0; k < table.align.size(); ++k) {
      const std::string text = k < cells.size() ? cells[k].text : "";
      const char* cls = table.align[k] == Align::right ? " class=\"num\""
                        : single_words[k]              ? " class=\"word\""
                                                       : "";
      out += fmt::format("<{0}{1}>{2}</{0}>", tag, cls, xml_escape(text));
    }
    return out + "</tr>\n";
  };
  std::string out =
      css_class.empty() ? "<table>\n" : fmt::format("<table class=\"{}\">\n", css_class);
  out += "<thead>\n" + row(table.header, "th") + "</thead>\n<tbody>\n";
  for (const auto& cells : table.rows) out += row(cells, "td");
  out += "</tbody>\n";
  if (!table.footer.empty()) {
    out += "<tfoot>\n";
    for (const auto& cells : table.footer) out += row(cells, "td");
    out += "</tfoot>\n";
  }
  return out + "</table>\n";
}

PrintPage business_page(const Business& business) {
  PrintPage page;
  page.sender = business.name;
  page.sender_address = business.address;
  for (const std::string* line : {&business.email, &business.phone})
    if (!line->empty()) page.sender_contact.push_back(*line);
  return page;
}

std::string print_document(const PrintPage& page) {
  std::string head = "<div class=\"head\">\n<div class=\"letterhead\">\n";
  head += "<div class=\"sender\">" + xml_escape(page.sender) + "</div>\n";
  for (const std::string& line : page.sender_address)
    head += "<div>" + xml_escape(line) + "</div>\n";
  for (const std::string& line : page.sender_contact)
    head += "<div>" + xml_escape(line) + "</div>\n";
  head += "</div>\n<div class=\"window\">\n";
  // The return address: one small line, as the post expects above the recipient.
  std::string sender = page.sender;
  for (const std::string& line : page.sender_address) sender += " · " + line;
  head += fmt::format("<div class=\"return\"><span>{}</span></div>\n", xml_escape(sender));
  head += "<div class=\"to\">";
  for (std::size_t k = 0; k < page.recipient.size(); ++k)
    head += (k ? "<br>\n" : "") + xml_escape(page.recipient[k]);
  head += "</div>\n</div>\n";
  if (!page.date.empty()) head += "<div class=\"date\">" + xml_escape(page.date) + "</div>\n";
  head += "</div>\n";
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n"
      "{}{}</body>\n</html>\n",
      name_of(language_names(), page.language), xml_escape(page.title), style_sheet(page.language),
      head, page.body_html);
}

}  // namespace arcollect
