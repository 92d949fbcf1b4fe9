#include "ledger/user_config.hpp"

#include "ledger/field_reader.hpp"
#include "ledger/file_sink.hpp"

namespace arcollect {

UserConfig read_user_config(std::string_view text, const std::string& path,
                            std::vector<Diagnostic>& diagnostics) {
  UserConfig config;
  FileSink sink(text, path, 0);
  if (auto document = parse_document(text, sink)) {
    FieldReader top(*document, "config.toml", sink);
    if (const toml::table* mail = top.table("mail")) {
      FieldReader f(*mail, "[mail]", sink);
      if (auto command = f.text("sendmail_command")) {
        if (command->find_first_not_of(" \t") == std::string::npos)
          sink.error(DiagCode::invalid_value, f.pos("sendmail_command"),
                     "'sendmail_command' is empty; write a command such as "
                     "\"/usr/sbin/sendmail -t -i\"");
        else
          config.sendmail_command = *command;
      }
      f.finish();
    }
    top.finish();
  }
  for (auto& d : sink.take()) diagnostics.push_back(std::move(d));
  return config;
}

}  // namespace arcollect
