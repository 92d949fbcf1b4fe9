// What `remind`, `notice` and `plan` share: the options for output, and delivering drafted
// letters on stdout, as files in --out, as contact-log entries (--record) and as mail handed to
// sendmail (--send).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "cli/letter_drafts.hpp"
#include "collect/letter.hpp"

namespace arcollect::cli {

struct LetterOptions {
  std::string format;
  std::string out;
  bool record = false;
  bool send = false;
  bool assume_last_rate = false;  // claim interest at the last known rate past the table
  std::string sendmail;           // --sendmail
  const CLI::Option* format_option = nullptr;  // to tell a --format given from the default
};

void add_letter_options(CLI::App& app, LetterOptions& options);

// Words every letter (all before anything is written), then prints, writes, records or sends
// them. Returns the exit code.
int deliver_letters(const Globals& globals, const Book& book, const std::vector<Letter>& letters,
                    const LetterOptions& options, std::string_view command);

}  // namespace arcollect::cli
