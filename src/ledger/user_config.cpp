#include "ledger/user_config.hpp"

#include <fmt/format.h>

#include "ledger/field_reader.hpp"
#include "ledger/file_sink.hpp"

namespace arcollect {

namespace {

// A command the user set: present and not blank.
std::optional<std::string> command(FieldReader& f, const std::string& key, std::string_view example,
                                   FileSink& sink) {
  auto text = f.text(key);
  if (!text) return std::nullopt;
  if (text->find_first_not_of(" \t") != std::string::npos) return text;
  sink.error(DiagCode::invalid_value, f.pos(key),
             fmt::format("'{}' is empty; write a command such as {}", key, example));
  return std::nullopt;
}

}  // namespace

UserConfig read_user_config(std::string_view text, const std::string& path,
                            std::vector<Diagnostic>& diagnostics) {
  UserConfig config;
  FileSink sink(text, path, 0);
  if (auto document = parse_document(text, sink)) {
    FieldReader top(*document, "config.toml", sink);
    config.lines = key_lines(*document);
    if (const toml::table* mail = top.table("mail")) {
      FieldReader f(*mail, "[mail]", sink);
      config.sendmail_command =
          command(f, "sendmail_command", "\"/usr/sbin/sendmail -t -i\"", sink);
      f.finish();
    }
    if (const toml::table* letters = top.table("letters")) {
      FieldReader f(*letters, "[letters]", sink);
      config.pdf_command = command(f, "pdf_command", "\"chromium\"", sink);
      f.finish();
    }
    if (const toml::table* business = top.table("business")) {
      FieldReader f(*business, "[business]", sink);
      config.name = f.text("name");
      config.email = f.email("email");
      config.signer = f.text("signer");
      config.signer_title = f.text("signer_title");
      f.finish();
    }
    if (const toml::table* output = top.table("output")) {
      FieldReader f(*output, "[output]", sink);
      static constexpr std::pair<std::string_view, std::string_view> kColors[] = {
          {"auto", "auto"}, {"always", "always"}, {"never", "never"}};
      if (auto color = f.choice<std::string_view>("color", kColors)) config.color = *color;
      config.pager = command(f, "pager", "\"less -R\"", sink);
      f.finish();
    }
    if (const toml::table* ledger = top.table("ledger")) {
      FieldReader f(*ledger, "[ledger]", sink);
      config.ledger_dir = f.text("dir");
      f.finish();
    }
    top.finish();
  }
  for (auto& d : sink.take()) diagnostics.push_back(std::move(d));
  return config;
}

}  // namespace arcollect
