// Letters into words: each letter's template (the ledger's own, else built in) filled in, as a
// page or a whole email, with the file name it is written under. cli/letters delivers them.
#pragma once

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "collect/letter.hpp"
#include "render/letter.hpp"

namespace arcollect::cli {

struct DraftedLetter {
  const Letter* letter = nullptr;
  std::string text;  // the page, the whole message, or the PDF's bytes
  std::string file_name;
  std::string message_id;  // when drafted as an email
};

// What a letter is drafted as: a page of text or Markdown, a whole email, a page to print, or
// that page printed to PDF (cli/print_pdf).
enum class LetterFormat { text, markdown, eml, html, pdf };
LetterFormat letter_format(std::string_view name);  // "text", "markdown", ...

// Words every letter (and prints each to PDF), all before anything is written: a bad template,
// an address or a failed print throws here.
std::vector<DraftedLetter> draft_letters(const Globals& globals, const Book& book,
                                         const std::vector<Letter>& letters, LetterFormat format);

struct TemplateText {
  std::string text;
  std::string origin;  // the file, or "built-in template 'NAME'"; "" when there is none
  std::string path;    // where the ledger's own would be, as shown in messages
};

// The template `name` in `language` as the ledger has it (templates/NAME.txt, or for another
// language templates/LANG/NAME.txt), else built in (in that language when it has one).
TemplateText template_text(const Globals& globals, const std::string& name,
                           Language language = Language::en);

// The Date header for emails drafted now: midnight UTC of --today, else the clock.
std::string email_date_header(const Globals& globals);

}  // namespace arcollect::cli
