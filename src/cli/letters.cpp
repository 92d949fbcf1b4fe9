#include "cli/letters.hpp"

#include <filesystem>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/print_pdf.hpp"
#include "cli/sendmail.hpp"
#include "collect/step_log.hpp"
#include "ledger/append.hpp"
#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/fault.hpp"
#include "ledger/record_writer.hpp"
#include "ledger/write_beneath.hpp"
#include "render/letter_json.hpp"
#include "render/reason.hpp"
#include "render/record_file.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

// The note on an entry that records a letter.
std::string recorded_note(bool sent, std::string_view command) {
  return fmt::format("{} by arcollect {}", sent ? "sent" : "drafted", command);
}

void protocol_notice(const Book& book, const Letter& letter) {
  std::cerr << fmt::format(
      "arcollect: {} is an individual, so this is a letter of claim under the Pre-Action "
      "Protocol for Debt Claims, with {} days to reply: send it by post or email with the "
      "protocol's Information Sheet, Reply Form and Financial Statement (its Annex 1, at "
      "justice.gov.uk)\n",
      book.customers[letter.customer].id, letter.reply_days);
}

}  // namespace

void add_letter_options(CLI::App& app, LetterOptions& o) {
  o.format_option = add_format(app, o.format, {"text", "markdown", "eml", "html", "pdf", "json"});
  app.add_option("--out", o.out, "write one file per letter into DIR instead of printing")
      ->type_name("DIR");
  app.add_flag("--record", o.record, "log each letter in the contact log so the ladder moves on");
  app.add_flag("--send", o.send, "pipe each email to the mail command; logs those it accepts");
  app.add_flag("--assume-last-rate", o.assume_last_rate,
               "claim interest at the last known central-bank rate when the one in force is "
               "past arcollect's table (the letter says so)");
  app.add_option("--sendmail", o.sendmail,
                 "the mail command for --send (default: $ARCOLLECT_SENDMAIL, else [mail] "
                 "sendmail_command in ~/.config/arcollect/config.toml, else sendmail -t -i)")
      ->type_name("COMMAND");
}

int deliver_letters(const Globals& globals, const Book& book, const std::vector<Letter>& letters,
                    const LetterOptions& o, std::string_view command) {
  // --send alone sends email.
  const LetterFormat format =
      o.send && o.format_option->count() == 0 ? LetterFormat::eml : letter_format(o.format);
  const bool eml = format == LetterFormat::eml;
  if (o.send && !eml)
    throw UsageError(
        fmt::format("--send hands email to the mail system, so it cannot send "
                    "--format {}; leave --format out or give --format eml",
                    o.format));
  // One message, page or PDF is one document: several need a file each.
  const bool one_document = eml || format == LetterFormat::html || format == LetterFormat::pdf;
  if (one_document && o.out.empty() && !o.send && letters.size() > 1)
    throw UsageError(
        fmt::format("{} letters are due and --format {} prints one {}: add --out DIR for one file "
                    "each, or name one customer",
                    letters.size(), o.format, eml ? "message" : "letter"));
  if (format == LetterFormat::pdf && o.out.empty()) refuse_terminal("a PDF");
  // json: the letters drafted as text, as data in one document on stdout.
  const bool json = o.format == "json";
  if (json && !o.out.empty())
    throw UsageError(
        "--out writes one file per letter, and --format json prints them all as one document: "
        "leave one out");

  // A demand states the interest it claims: at a rate arcollect does not know, only when told
  // to assume the last one (and the letter then says so).
  for (const Letter& letter : letters)
    if (const Reason* rate = unknown_rate(letter);
        rate && claims_charges(letter) && !o.assume_last_rate)
      throw Error(
          fmt::format("nothing was drafted: the {} letter to {} would claim interest, and {}",
                      letter.step, book.customers[letter.customer].id, rate_missing_text(*rate)));

  // Word every letter first: a bad template or address stops the run before anything is
  // written.
  const std::vector<DraftedLetter> drafted = draft_letters(globals, book, letters, format);
  std::set<std::string> warned;
  for (const Letter& letter : letters) {
    for (const auto& note : letter.notes)
      if (warned.insert(reason_text(note)).second) warn(globals, reason_text(note));
    if (letter.kind == LetterKind::letter_of_claim) protocol_notice(book, letter);
  }

  const fs::path root = locate_ledger(globals).root;
  const std::vector<std::string> sendmail =
      o.send ? sendmail_words(o.sendmail) : std::vector<std::string>{};
  if (!o.out.empty()) {
    for (const DraftedLetter& d : drafted) {
      fs::path path = fs::path(o.out) / d.file_name;
      replace_file(path, d.text);
      std::cout << "Wrote " << path.string() << "\n";
    }
  } else if (format == LetterFormat::pdf && !drafted.empty()) {
    write_binary(drafted.front().text, "a PDF");
  } else if (!o.send && !json) {
    const char* separator = format == LetterFormat::markdown ? "\n---\n\n" : "\f\n";
    for (std::size_t i = 0; i < drafted.size(); ++i)
      std::cout << (i ? separator : "") << drafted[i].text;
  }

  int failed = 0;
  std::vector<RecordFile> logged_files;  // --record: the contact-log entries
  if (o.send) {
    for (const DraftedLetter& d : drafted) {
      const Letter& letter = *d.letter;
      const std::string& id = book.customers[letter.customer].id;
      // Recorded first, marked as sending: a run that stops after the mail system took the
      // message leaves a record that says so (sent? unknown), never a silent resend.
      ContactEntry entry = letter_entry(book, letter, d.message_id, recorded_note(true, command));
      entry.sending = true;
      const std::string logged = append_contact(root, entry);
      std::string error = pipe_to_command(sendmail, d.text);
      if (!error.empty()) {
        remove_file_beneath(root, logged);
        std::cerr << fmt::format("arcollect: {}: not sent: {}; nothing was logged\n", id, error);
        ++failed;
        continue;
      }
      fault_point();
      entry.sending = false;
      {
        LedgerLock lock(root);
        replace_file_beneath(root, logged, contact_toml(entry));
      }
      std::cout << fmt::format("Sent {} to {} <{}>, logged in {}\n", letter.step, id,
                               letter.to_email, logged);
    }
  } else if (o.record) {
    // Letters printed on stdout keep it to themselves.
    std::ostream& status = o.out.empty() ? std::cerr : std::cout;
    for (const DraftedLetter& d : drafted) {
      const ContactEntry entry =
          letter_entry(book, *d.letter, d.message_id, recorded_note(false, command));
      const std::string logged = append_contact(root, entry);
      logged_files.push_back({logged, true, contact_toml(entry)});
      if (!json) status << "Logged " << logged << "\n";
    }
  }
  if (json) {
    JsonObject body = files_json(logged_files);
    JsonArray list;
    for (const DraftedLetter& d : drafted) list.push_back(letter_json(book, *d.letter, d.text));
    body.emplace_back("letters", std::move(list));
    print_json(globals, command, std::move(body));
  }
  if (failed)
    throw Error(fmt::format("{} of {} message{} {} not sent; run again to retry {}", failed,
                            drafted.size(), drafted.size() == 1 ? "" : "s",
                            failed == 1 ? "was" : "were", failed == 1 ? "it" : "them"));
  return kExitOk;
}

}  // namespace arcollect::cli
