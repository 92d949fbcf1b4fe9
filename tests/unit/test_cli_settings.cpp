// The one order of a setting's sources (cli/settings): a flag, an ARCOLLECT_* variable, the
// ledger's arcollect.toml, the user's config.toml, the default.
#include <doctest/doctest.h>

#include <cstdlib>

#include "cli/settings.hpp"
#include "cli/user_programs.hpp"
#include "ledger/user_config.hpp"

using namespace arcollect;
using namespace arcollect::cli;

namespace {

SettingSources all_five() {
  return {.key = "output.example",
          .flag = "--example",
          .flag_value = "from the flag",
          .env = "ARCOLLECT_TEST_EXAMPLE",
          .ledger_value = "from the ledger",
          .ledger_line = 7,
          .user_value = "from config.toml",
          .fallback = "the default"};
}

}  // namespace

TEST_CASE("the first source that has a setting wins, in one order") {
  ::setenv("ARCOLLECT_TEST_EXAMPLE", "from the environment", 1);
  SettingSources s = all_five();
  CHECK(resolve(s).value == "from the flag");
  CHECK(resolve(s).origin == "--example");
  s.flag_value.reset();
  CHECK(resolve(s).value == "from the environment");
  CHECK(resolve(s).origin == "ARCOLLECT_TEST_EXAMPLE");
  ::setenv("ARCOLLECT_TEST_EXAMPLE", "", 1);  // empty counts as unset
  CHECK(resolve(s).value == "from the ledger");
  CHECK(resolve(s).origin == "arcollect.toml");
  CHECK(resolve(s).line == 7);
  s.ledger_value.reset();
  CHECK(resolve(s).value == "from config.toml");
  CHECK(resolve(s).origin == user_config_path());
  s.user_value.reset();
  CHECK(resolve(s).value == "the default");
  CHECK(resolve(s).origin == "default");
  CHECK(resolve(s).line == 0);
  s.fallback.clear();
  CHECK(resolve(s).value.empty());
  CHECK(resolve(s).origin.empty());
  ::unsetenv("ARCOLLECT_TEST_EXAMPLE");
}

TEST_CASE("a setting made in config.toml is named by its file and key in messages") {
  CHECK(setting_source(Setting{"mail.sendmail_command", "x", user_config_path()}) ==
        user_config_path() + ": [mail] sendmail_command");
  CHECK(setting_source(Setting{"mail.sendmail_command", "x", "--sendmail"}) == "--sendmail");
}

TEST_CASE("config.toml's personal settings are read, and a bad one is an error at its place") {
  std::vector<Diagnostic> diagnostics;
  const UserConfig config = read_user_config(
      "[business]\nemail = \"ana@example.com\"\nsigner = \"Ana Lopes\"\n"
      "[output]\ncolor = \"never\"\npager = \"less -S\"\n[ledger]\ndir = \"~/books\"\n",
      "config.toml", diagnostics);
  CHECK(diagnostics.empty());
  CHECK(config.email == "ana@example.com");
  CHECK(config.signer == "Ana Lopes");
  CHECK(config.color == "never");
  CHECK(config.pager == "less -S");
  CHECK(config.ledger_dir == "~/books");
  read_user_config("[business]\nemail = \"not an address\"\n[output]\npager = \" \"\n",
                   "config.toml", diagnostics);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].line == 2);
  CHECK(diagnostics[1].message.find("'pager' is empty") != std::string::npos);
}
