#include "cli/settings.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/print_pdf.hpp"
#include "cli/user_programs.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"
#include "ledger/root.hpp"
#include "ledger/settings_values.hpp"
#include "render/diagnostics.hpp"

namespace fs = std::filesystem;

namespace arcollect::cli {

namespace {

std::optional<std::string> env(std::string_view name) {
  if (name.empty()) return std::nullopt;
  const char* value = std::getenv(std::string(name).c_str());
  if (!value || !*value) return std::nullopt;
  return std::string(value);
}

std::optional<std::string> ledger_text(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return value;
}

}  // namespace

Setting resolve(const SettingSources& s) {
  const std::string key(s.key);
  if (s.flag_value) return {key, *s.flag_value, std::string(s.flag)};
  if (auto value = env(s.env)) return {key, *value, std::string(s.env)};
  if (s.ledger_value) return {key, *s.ledger_value, "arcollect.toml", s.ledger_line};
  if (s.user_value) {
    const auto& lines = user_config().lines;
    const auto line = lines.find(key);
    return {key, *s.user_value, user_config_path(), line == lines.end() ? 0 : line->second};
  }
  return {key, s.fallback, s.fallback.empty() ? "" : s.fallback_origin};
}

std::string setting_source(const Setting& s) {
  if (s.origin != user_config_path()) return s.origin;
  const std::size_t dot = s.key.find('.');
  return fmt::format("{}: [{}] {}", s.origin, s.key.substr(0, dot), s.key.substr(dot + 1));
}

const UserConfig& user_config() {
  static const UserConfig config = [] {
    const std::string path = user_config_path();
    std::error_code ec;
    if (path.empty() || !fs::exists(path, ec)) return UserConfig{};
    std::string text, error;
    if (!read_whole_file(path, text, error)) throw Error(path + ": " + error);
    std::vector<Diagnostic> diagnostics;
    UserConfig read = read_user_config(text, path, diagnostics);
    for (const auto& d : diagnostics) std::cerr << render_diagnostic(d);
    if (count_diagnostics(diagnostics).errors)
      throw Error(fmt::format("{} has errors; nothing was done", path));
    return read;
  }();
  return config;
}

Setting color_setting(const Globals& globals) {
  Setting color = resolve({.key = "output.color",
                           .flag = "--color",
                           .flag_value = ledger_text(globals.color),
                           .env = "ARCOLLECT_COLOR",
                           .user_value = user_config().color,
                           .fallback = "auto"});
  if (color.value != "auto" && color.value != "always" && color.value != "never")
    throw UsageError(fmt::format("{}: '{}' is not a colour setting; write auto, always or never",
                                 setting_source(color), color.value));
  return color;
}

Setting pager_setting() {
  // $PAGER is everyone's default pager, so it comes after arcollect's own settings (as
  // git's core.pager comes before it).
  const std::optional<std::string> pager = env("PAGER");
  return resolve({.key = "output.pager",
                  .env = "ARCOLLECT_PAGER",
                  .user_value = user_config().pager,
                  .fallback = pager.value_or("less"),
                  .fallback_origin = pager ? "PAGER" : "default"});
}

Setting sendmail_setting(const std::string& option) {
  return resolve({.key = "mail.sendmail_command",
                  .flag = "--sendmail",
                  .flag_value = ledger_text(option),
                  .env = "ARCOLLECT_SENDMAIL",
                  .user_value = user_config().sendmail_command,
                  .fallback = "/usr/sbin/sendmail -t -i"});
}

Setting pdf_setting() {
  const std::string found = find_browser();
  return resolve({.key = "letters.pdf_command",
                  .user_value = user_config().pdf_command,
                  .fallback = found,
                  .fallback_origin = "PATH"});
}

Setting ledger_setting(const Globals& globals) {
  std::optional<std::string> upwards;
  if (globals.dir.empty() && !env("ARCOLLECT_DIR")) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (auto root = ec ? std::nullopt : find_ledger_root(cwd)) {
      const std::string relative = root->lexically_relative(cwd).generic_string();
      upwards = relative.empty() ? "." : relative;
    }
  }
  std::optional<std::string> configured = user_config().ledger_dir;
  // "~/books" as a shell would read it; the file is the user's own.
  if (configured && configured->starts_with("~/"))
    if (auto home = env("HOME")) configured = *home + configured->substr(1);
  Setting found = resolve({.key = "ledger.dir",
                           .flag = "-C",
                           .flag_value = ledger_text(globals.dir),
                           .env = "ARCOLLECT_DIR",
                           .ledger_value = upwards,
                           .user_value = configured});
  // The folder arcollect.toml is in names itself: say how it was found instead.
  if (upwards && found.value == *upwards) found.origin = "the working folder or above";
  return found;
}

std::vector<Setting> business_settings(const Business& ledger) {
  const UserConfig& user = user_config();
  std::vector<Setting> out;
  for (auto [key, mine, yours] :
       {std::tuple{"business.name", &ledger.name, &user.name},
        std::tuple{"business.email", &ledger.email, &user.email},
        std::tuple{"business.signer", &ledger.signer, &user.signer},
        std::tuple{"business.signer_title", &ledger.signer_title, &user.signer_title}})
    out.push_back(resolve({.key = key, .ledger_value = ledger_text(*mine), .user_value = *yours}));
  return out;
}

void fill_business(Business& ledger) {
  const std::vector<Setting> settings = business_settings(ledger);
  ledger.name = settings[0].value;
  ledger.email = settings[1].value;
  ledger.signer = settings[2].value;
  ledger.signer_title = settings[3].value;
}

std::vector<Setting> all_settings(const Globals& globals, const Settings* ledger) {
  std::vector<Setting> out{ledger_setting(globals)};
  std::vector<Setting> business = business_settings(ledger ? ledger->business : Business{});
  if (!ledger) out.insert(out.end(), business.begin(), business.end());
  for (const SettingValue& v : ledger ? settings_values(*ledger) : std::vector<SettingValue>{}) {
    // The business's identity may be yours (business_settings); the rest is the ledger's.
    auto yours = std::find_if(business.begin(), business.end(),
                              [&](const Setting& s) { return s.key == v.key; });
    if (yours == business.end()) {
      out.push_back(resolve({.key = v.key,
                             .ledger_value = v.line ? std::optional(v.value) : std::nullopt,
                             .ledger_line = v.line,
                             .fallback = v.value}));
      continue;
    }
    out.push_back(*yours);
    if (out.back().origin == "arcollect.toml") out.back().line = v.line;
  }
  out.push_back(sendmail_setting(""));
  out.push_back(pdf_setting());
  out.push_back(color_setting(globals));
  out.push_back(pager_setting());
  return out;
}

}  // namespace arcollect::cli
