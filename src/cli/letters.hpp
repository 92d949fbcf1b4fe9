// What `remind` and `notice` share: the options for output, and turning Letters into words on
// stdout, files in --out, contact-log entries (--record) and mail handed to sendmail (--send).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "collect/letter.hpp"

namespace arcollect::cli {

struct LetterOptions {
  std::string format;
  std::string out;
  bool record = false;
  bool send = false;
  const CLI::Option* format_option = nullptr;  // to tell a --format given from the default
};

void add_letter_options(CLI::App& app, LetterOptions& options);

// Words every letter (all before anything is written), then prints, writes, records or sends
// them. Returns the exit code.
int deliver_letters(const Globals& globals, const Book& book, const std::vector<Letter>& letters,
                    const LetterOptions& options, std::string_view command);

struct TemplateText {
  std::string text;
  std::string origin;  // the file, or "built-in template 'NAME'"; "" when there is none
  std::string path;    // where the ledger's own would be, as shown in messages
};

// The template `name` as the ledger has it (templates/NAME.txt), else built in.
TemplateText template_text(const Globals& globals, const std::string& name);

// The Date header for emails drafted now: midnight UTC of --today, else the clock.
std::string email_date_header(const Globals& globals);

}  // namespace arcollect::cli
