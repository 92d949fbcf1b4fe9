#include "ledger/toml_limits.hpp"

#include <fmt/format.h>

#include <vector>

#include "ledger/limits.hpp"

namespace arcollect {

namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::optional<TomlLimitProblem> run() {
    while (i_ < text_.size() && !problem_) step();
    return problem_;
  }

 private:
  // One nesting level: its depth, and whether it is an inline table (whose entries are keys).
  struct Level {
    int depth;
    bool table;
  };

  void step() {
    const char c = text_[i_];
    if (c == '\n') {
      advance();
      if (levels_.empty()) {
        if (header_) table_depth_ = key_depth_ + parts_;  // keys below it nest under it
        header_ = false;
        start_key(table_depth_);
      }
      return;
    }
    if (c == ' ' || c == '\t' || c == '\r') return advance();
    if (c == '#') {
      while (i_ < text_.size() && text_[i_] != '\n') advance();
      return;
    }
    if (c == '"' || c == '\'') return string(key_ ? kMaxKeyBytes : kMaxStringBytes);
    if (key_) return key_char(c);
    value_char(c);
  }

  void start_key(int depth) {
    key_ = true;
    key_depth_ = depth;
    parts_ = 1;
    part_bytes_ = 0;
  }

  void key_char(char c) {
    if (c == '[' && levels_.empty() && parts_ == 1 && part_bytes_ == 0 && !header_) {
      // A table header: its dotted parts nest from the top.
      header_ = true;
      key_depth_ = 0;
      advance();
      if (i_ < text_.size() && text_[i_] == '[') advance();
      return;
    }
    if (c == ']' && header_) return advance();
    if (c == '}' && !levels_.empty() && levels_.back().table) {  // an empty inline table
      levels_.pop_back();
      key_ = false;
      return advance();
    }
    if (c == '.') {
      ++parts_;
      part_bytes_ = 0;
      if (key_depth_ + parts_ > kMaxNesting) fail(too_deep());
      return advance();
    }
    if (c == '=') {
      key_ = false;
      value_depth_ = key_depth_ + parts_;
      return advance();
    }
    if (++part_bytes_ > kMaxKeyBytes)
      return fail(fmt::format("a key is longer than {} bytes", kMaxKeyBytes));
    advance();
  }

  void value_char(char c) {
    if (c == '[' || c == '{') {
      int depth = (levels_.empty() ? value_depth_ : levels_.back().depth) + 1;
      if (depth > kMaxNesting) return fail(too_deep());
      levels_.push_back({depth, c == '{'});
      advance();
      if (c == '{') start_key(depth);
      return;
    }
    if (c == ']' || c == '}') {
      if (!levels_.empty()) levels_.pop_back();
      return advance();
    }
    if (c == ',' && !levels_.empty() && levels_.back().table) {
      advance();
      return start_key(levels_.back().depth);
    }
    advance();
  }

  // A basic or literal string, one line or multi-line, from its opening quote.
  void string(std::size_t limit) {
    const std::size_t start_line = line_, start_column = column_;
    const char quote = text_[i_];
    const bool multi = text_.substr(i_, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''");
    const std::size_t open = multi ? 3 : 1;
    for (std::size_t k = 0; k < open; ++k) advance();
    std::size_t bytes = 0;
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (!multi && c == '\n') break;  // unterminated: the parser says so
      if (c == '\\' && quote == '"') {
        advance();
        if (i_ < text_.size()) advance();
        bytes += 2;
      } else if (c == quote && (!multi || closes(quote))) {
        for (std::size_t k = 0; k < open; ++k) advance();
        break;
      } else {
        advance();
        ++bytes;
      }
      if (bytes > limit) {
        line_ = start_line;
        column_ = start_column;
        return fail(fmt::format("a {} is longer than {} bytes", key_ ? "key" : "string", limit));
      }
    }
    if (key_) part_bytes_ = 1;
  }

  bool closes(char quote) const {
    return text_.substr(i_, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''");
  }

  std::string too_deep() const {
    return fmt::format(
        "nested more than {} deep (tables, arrays and the parts of dotted keys); flatten it",
        kMaxNesting);
  }

  void fail(std::string message) {
    problem_ = TomlLimitProblem{static_cast<std::uint32_t>(line_),
                                static_cast<std::uint32_t>(column_), std::move(message)};
  }

  void advance() {
    if (text_[i_] == '\n') {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
    ++i_;
  }

  std::string_view text_;
  std::size_t i_ = 0, line_ = 1, column_ = 1;
  std::vector<Level> levels_;
  bool key_ = true, header_ = false;
  int key_depth_ = 0, parts_ = 1, value_depth_ = 0, table_depth_ = 0;
  std::size_t part_bytes_ = 0;
  std::optional<TomlLimitProblem> problem_;
};

}  // namespace

std::optional<TomlLimitProblem> check_toml_limits(std::string_view text) {
  return Scanner(text).run();
}

}  // namespace arcollect
