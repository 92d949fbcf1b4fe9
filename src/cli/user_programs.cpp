#include "cli/user_programs.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "ledger/error.hpp"

namespace arcollect::cli {

std::vector<std::string> command_words(const std::string& command, std::string_view source,
                                       std::string_view what) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : command) {
    if (quote) {
      if (c == quote)
        quote = 0;
      else
        word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (quote)
    throw Error(fmt::format("{}: {} has an unclosed {} quote: {}", source, what, quote, command));
  if (in_word) words.push_back(word);
  if (words.empty()) throw Error(fmt::format("{}: {} is empty", source, what));
  return words;
}

std::string user_config_path() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  if (config && *config) return std::string(config) + "/arcollect/config.toml";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.config/arcollect/config.toml";
  return "";
}

}  // namespace arcollect::cli
