#include "cli/letters.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/sendmail.hpp"
#include "collect/contacts.hpp"
#include "ledger/append.hpp"
#include "ledger/atomic_write.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"
#include "ledger/suggest.hpp"
#include "render/letter_email.hpp"
#include "render/reason.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

struct Drafted {
  const Letter* letter = nullptr;
  std::string text;  // the page, or the whole message
  std::string file_name;
  std::string message_id;  // for eml
};

// Parsed templates, each read once.
class Templates {
 public:
  explicit Templates(const Globals& globals) : globals_(globals) {}

  const LetterTemplate& get(const std::string& name, const std::string& step) {
    if (auto it = cache_.find(name); it != cache_.end()) return it->second;
    TemplateText found = template_text(globals_, name);
    if (found.origin.empty())
      throw Error(
          fmt::format("step '{}' uses template '{}', which is not built in; write it to "
                      "{}",
                      step, name, found.path));
    return cache_.emplace(name, parse_template(found.text, found.origin, letter_fields()))
        .first->second;
  }

 private:
  const Globals& globals_;
  std::map<std::string, LetterTemplate> cache_;
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

// The contact-log entry for a letter: an email when drafted as one, noted as sent only
// once the mail system took it.
ContactEntry contact_for_letter(const Book& book, const Drafted& d, bool sent,
                                std::string_view command) {
  const Letter& letter = *d.letter;
  ContactEntry e;
  e.date = letter.today;
  e.customer = book.customers[letter.customer].id;
  for (const LetterInvoice& line : letter.invoices)
    e.invoices.push_back(book.invoices[line.invoice].id);
  e.channel = d.message_id.empty() ? channel_for(letter.action) : Channel::email;
  e.with = letter.to_name;
  e.step = letter.step;
  e.message_id = d.message_id;
  e.note = fmt::format("{} by arcollect {}", sent ? "sent" : "drafted", command);
  return e;
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

// The Date header: midnight UTC of --today, so drafts are reproducible; else the clock.
std::string email_date_header(const Globals& globals) {
  if (!globals.today.empty()) return email_date(today(globals));
  auto now = std::chrono::system_clock::now();
  auto day = std::chrono::floor<std::chrono::days>(now);
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now - day).count();
  return email_date(Date{day}, static_cast<int>(seconds));
}

TemplateText template_text(const Globals& globals, const std::string& name) {
  LedgerLocation where = locate_ledger(globals);
  TemplateText found;
  found.path = (where.shown.empty() ? "" : where.shown + "/") + "templates/" + name + ".txt";
  fs::path path = where.root / "templates" / (name + ".txt");
  std::error_code ec;
  std::string error;
  if (fs::exists(path, ec)) {
    if (!read_whole_file(path, found.text, error)) throw Error(found.path + ": " + error);
    found.origin = found.path;
  } else if (auto builtin = builtin_template(name)) {
    found.text = *builtin;
    found.origin = "built-in template '" + name + "'";
  }
  return found;
}

void add_letter_options(CLI::App& app, LetterOptions& o) {
  o.format_option = add_format(app, o.format, {"text", "markdown", "eml"});
  app.add_option("--out", o.out, "write one file per letter into DIR instead of printing")
      ->type_name("DIR");
  app.add_flag("--record", o.record, "log each letter in the contact log so the ladder moves on");
  app.add_flag("--send", o.send,
               "pipe each email to [mail] sendmail_command; logs those it accepts");
}

int deliver_letters(const Globals& globals, const Book& book, const std::vector<Letter>& letters,
                    const LetterOptions& o, std::string_view command) {
  const bool eml = o.format == "eml" || (o.send && o.format_option->count() == 0);
  if (o.send && !eml)
    throw UsageError(
        fmt::format("--send hands email to the mail system, so it cannot send "
                    "--format {}; leave --format out or give --format eml",
                    o.format));
  if (eml && o.out.empty() && !o.send && letters.size() > 1)
    throw UsageError(fmt::format(
        "{} letters are due and --format eml prints one message: add --out DIR for one file "
        "each, or name one customer",
        letters.size()));

  // Word every letter first: a bad template or address stops the run before anything is
  // written.
  Templates templates(globals);
  const std::string date = email_date_header(globals);
  const LetterStyle style = o.format == "markdown" ? LetterStyle::markdown : LetterStyle::text;
  std::vector<Drafted> drafted;
  std::set<std::string> warned;
  for (const Letter& letter : letters) {
    const LetterTemplate& tmpl = templates.get(template_for(letter), letter.step);
    FilledLetter filled = fill_letter(tmpl, letter_values(book, letter, style), style);
    Drafted d;
    d.letter = &letter;
    if (eml) {
      d.text = letter_eml(book, letter, filled, date);
      d.message_id = letter_message_id(book, letter);
    } else {
      d.text = letter_page(book, letter, filled, style);
    }
    const char* extension = eml ? "eml" : style == LetterStyle::markdown ? "md" : "txt";
    d.file_name = fmt::format("{}-{}-{}.{}", format_date(letter.today),
                              safe_name(book.customers[letter.customer].id), safe_name(letter.step),
                              extension);
    for (const auto& note : letter.notes)
      if (warned.insert(reason_text(note)).second)
        std::cerr << "arcollect: warning: " << reason_text(note) << "\n";
    if (letter.kind == LetterKind::letter_of_claim) protocol_notice(book, letter);
    drafted.push_back(std::move(d));
  }

  const fs::path root = locate_ledger(globals).root;
  const std::vector<std::string> sendmail =
      o.send ? command_words(book.settings.mail.sendmail_command) : std::vector<std::string>{};
  if (!o.out.empty()) {
    for (const Drafted& d : drafted) {
      fs::path path = fs::path(o.out) / d.file_name;
      replace_file(path, d.text);
      std::cout << "Wrote " << path.string() << "\n";
    }
  } else if (!o.send) {
    const char* separator = style == LetterStyle::markdown && !eml ? "\n---\n\n" : "\f\n";
    for (std::size_t i = 0; i < drafted.size(); ++i)
      std::cout << (i ? separator : "") << drafted[i].text;
  }

  int failed = 0;
  if (o.send) {
    for (const Drafted& d : drafted) {
      const Letter& letter = *d.letter;
      const std::string& id = book.customers[letter.customer].id;
      std::string error = pipe_to_command(sendmail, d.text);
      if (!error.empty()) {
        std::cerr << fmt::format("arcollect: {}: not sent: {}; nothing was logged\n", id, error);
        ++failed;
        continue;
      }
      std::string logged = append_contact(root, contact_for_letter(book, d, true, command));
      std::cout << fmt::format("Sent {} to {} <{}>, logged in {}\n", letter.step, id,
                               letter.to_email, logged);
    }
  } else if (o.record) {
    // Letters printed on stdout keep it to themselves.
    std::ostream& status = o.out.empty() ? std::cerr : std::cout;
    for (const Drafted& d : drafted)
      status << "Logged " << append_contact(root, contact_for_letter(book, d, false, command))
             << "\n";
  }
  if (failed)
    throw Error(fmt::format("{} of {} messages were not sent; run again to retry them", failed,
                            drafted.size()));
  return kExitOk;
}

}  // namespace arcollect::cli
