#include "cli/letter_drafts.hpp"

#include <chrono>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "cli/print_pdf.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"
#include "ledger/merge_markers.hpp"
#include "ledger/root.hpp"
#include "render/letter_email.hpp"
#include "render/letter_html.hpp"
#include "render/letter_language.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

// Parsed templates, each read once.
class Templates {
 public:
  explicit Templates(const Globals& globals) : globals_(globals) {}

  const LetterTemplate& get(const std::string& name, Language language, const std::string& step) {
    const auto key = std::pair{name, language};
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    TemplateText found = template_text(globals_, name, language);
    if (found.origin.empty())
      throw Error(
          fmt::format("step '{}' uses template '{}', which is not built in; write it to "
                      "{}",
                      step, name, found.path));
    return cache_.emplace(key, parse_template(found.text, found.origin, letter_fields()))
        .first->second;
  }

 private:
  const Globals& globals_;
  std::map<std::pair<std::string, Language>, LetterTemplate> cache_;
};

std::string safe_name(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    out += ok ? c : '-';
  }
  return out;
}

}  // namespace

LetterFormat letter_format(std::string_view name) {
  constexpr std::pair<std::string_view, LetterFormat> kNames[] = {
      {"text", LetterFormat::text},
      {"markdown", LetterFormat::markdown},
      {"eml", LetterFormat::eml},
      {"html", LetterFormat::html},
      {"pdf", LetterFormat::pdf}};
  for (const auto& [known, format] : kNames)
    if (name == known) return format;
  return LetterFormat::text;
}

std::vector<DraftedLetter> draft_letters(const Globals& globals, const Book& book,
                                         const std::vector<Letter>& letters, LetterFormat format) {
  constexpr std::string_view kExtensions[] = {"txt", "md", "eml", "html", "pdf"};
  const LetterStyle style = format == LetterFormat::markdown ? LetterStyle::markdown
                            : format == LetterFormat::text || format == LetterFormat::eml
                                ? LetterStyle::text
                                : LetterStyle::html;
  Templates templates(globals);
  const std::string date = email_date_header(globals);
  std::vector<DraftedLetter> drafted;
  for (const Letter& letter : letters) {
    const LetterTemplate& tmpl =
        templates.get(template_for(letter), letter_language(book, letter), letter.step);
    DraftedLetter d;
    d.letter = &letter;
    d.file_name = fmt::format("{}-{}-{}.{}", format_date(letter.today),
                              safe_name(book.customers[letter.customer].id), safe_name(letter.step),
                              kExtensions[static_cast<int>(format)]);
    if (style == LetterStyle::html) {
      d.text = letter_html(book, letter, tmpl);
      if (format == LetterFormat::pdf) d.text = print_pdf(d.text);
    } else {
      FilledLetter filled = fill_letter(tmpl, letter_values(book, letter, style));
      if (format == LetterFormat::eml) {
        d.text = letter_eml(book, letter, filled, date);
        d.message_id = letter_message_id(book, letter);
      } else {
        d.text = letter_page(book, letter, filled, style);
      }
    }
    drafted.push_back(std::move(d));
  }
  return drafted;
}

// The Date header: midnight UTC of --today, so drafts are reproducible; else the clock.
std::string email_date_header(const Globals& globals) {
  if (!globals.today.empty()) return email_date(today(globals));
  auto now = std::chrono::system_clock::now();
  auto day = std::chrono::floor<std::chrono::days>(now);
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now - day).count();
  return email_date(Date{static_cast<std::int32_t>(day.time_since_epoch().count())},
                    static_cast<int>(seconds));
}

TemplateText template_text(const Globals& globals, const std::string& name, Language language) {
  LedgerLocation where = locate_ledger(globals);
  TemplateText found;
  // English templates sit in templates/, another language's in templates/LANG/.
  const std::string folder =
      language == Language::en
          ? "templates/"
          : "templates/" + std::string(name_of(language_names(), language)) + "/";
  found.path = (where.shown.empty() ? "" : where.shown + "/") + folder + name + ".txt";
  fs::path path = where.root / folder / (name + ".txt");
  std::error_code ec;
  std::string error;
  if (fs::exists(path, ec)) {
    if (!resolves_inside(fs::canonical(where.root, ec), path))
      throw Error(found.path +
                  ": this link leads outside the ledger folder, so it is not read; copy the "
                  "template into the ledger instead");
    if (!read_whole_file(path, found.text, error))
      throw Error(found.path + ": cannot read this template: " + error);
    // A letter must never go out with both sides of a merge in it.
    if (auto conflict = find_merge_conflict(found.text))
      throw Error(fmt::format("{}:{}:1: {}", found.path, conflict->line, conflict->message));
    found.origin = found.path;
  } else if (auto builtin = builtin_template(name, language)) {
    found.text = *builtin;
    found.origin = language == Language::de && builtin_german_template(name)
                       ? "built-in German template '" + name + "'"
                       : "built-in template '" + name + "'";
  }
  return found;
}

}  // namespace arcollect::cli
