#include "render/template.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ledger/error.hpp"
#include "ledger/limits.hpp"
#include "ledger/suggest.hpp"

namespace arcollect {

namespace {

struct Token {
  TemplateNode::Kind kind = TemplateNode::Kind::text;
  bool close = false;
  std::string text;
  int line = 0, column = 0;
};

class Parser {
 public:
  Parser(const std::string& origin, std::span<const std::string_view> fields)
      : origin_(origin), fields_(fields) {}

  [[noreturn]] void fail(int line, int column, const std::string& message) const {
    throw Error(fmt::format("{}:{}:{}: {}", origin_, line, column, message));
  }

  // The tokens of one line (without its newline).
  std::vector<Token> tokenize(std::string_view line, int number, int offset = 0) const {
    std::vector<Token> tokens;
    std::size_t at = 0;
    while (at < line.size()) {
      std::size_t open = line.find("{{", at);
      if (open == std::string_view::npos) open = line.size();
      if (open > at)
        tokens.push_back(
            {TemplateNode::Kind::text, false, std::string(line.substr(at, open - at)), number, 0});
      if (open == line.size()) break;
      const int column = static_cast<int>(open) + 1 + offset;
      std::size_t close = line.find("}}", open + 2);
      if (close == std::string_view::npos)
        fail(number, column, "'{{' is not closed on this line; write a placeholder as {{name}}");
      tokens.push_back(tag(line.substr(open + 2, close - open - 2), number, column));
      at = close + 2;
    }
    return tokens;
  }

  Token tag(std::string_view inside, int line, int column) const {
    auto trim = [](std::string_view s) {
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
      return s;
    };
    inside = trim(inside);
    Token t{TemplateNode::Kind::field, false, "", line, column};
    if (!inside.empty() && (inside[0] == '#' || inside[0] == '^' || inside[0] == '/')) {
      t.kind = inside[0] == '^' ? TemplateNode::Kind::inverted : TemplateNode::Kind::section;
      t.close = inside[0] == '/';
      inside = trim(inside.substr(1));
    }
    std::string name(inside);
    if (name.empty()) fail(line, column, "empty placeholder; write a field name, e.g. {{total}}");
    bool plain = std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
    });
    if (!plain)
      fail(line, column,
           fmt::format("'{{{{{}}}}}' is not a placeholder: names are lower-case, like "
                       "{{{{customer.name}}}}",
                       inside));
    if (std::find(fields_.begin(), fields_.end(), name) == fields_.end()) {
      std::vector<std::string_view> names(fields_.begin(), fields_.end());
      fail(line, column,
           fmt::format("unknown placeholder '{}'{}; arcollect-remind(1) lists the fields", name,
                       did_you_mean(name, names)));
    }
    t.text = std::move(name);
    return t;
  }

  // Builds the tree; `open` holds the section tags not yet closed.
  std::vector<TemplateNode> build(const std::vector<Token>& tokens) const {
    std::vector<TemplateNode> top;
    std::vector<std::pair<std::vector<TemplateNode>*, const Token*>> open;
    std::vector<TemplateNode>* into = &top;
    for (const Token& t : tokens) {
      if (t.close) {
        if (open.empty() || open.back().second->text != t.text)
          fail(t.line, t.column,
               open.empty()
                   ? fmt::format("'{{{{/{}}}}}' closes no section", t.text)
                   : fmt::format("'{{{{/{}}}}}' does not close '{{{{#{}}}}}' opened at line {}",
                                 t.text, open.back().second->text, open.back().second->line));
        into = open.back().first;
        open.pop_back();
        continue;
      }
      into->push_back({t.kind, t.text, {}});
      if (t.kind == TemplateNode::Kind::section || t.kind == TemplateNode::Kind::inverted) {
        // Filling in and freeing the tree recurse once per level: keep it shallow.
        if (open.size() >= static_cast<std::size_t>(kMaxNesting))
          fail(t.line, t.column,
               fmt::format("sections are nested more than {} deep; flatten them", kMaxNesting));
        open.emplace_back(into, &t);
        into = &into->back().children;
      }
    }
    if (!open.empty())
      fail(open.back().second->line, open.back().second->column,
           fmt::format("section '{}' is never closed; end it with {{{{/{}}}}}",
                       open.back().second->text, open.back().second->text));
    return top;
  }

 private:
  const std::string& origin_;
  std::span<const std::string_view> fields_;
};

bool is_section_tag(const Token& t) {
  return t.kind == TemplateNode::Kind::section || t.kind == TemplateNode::Kind::inverted;
}

bool is_blank(const Token& t) {
  return t.kind == TemplateNode::Kind::text && t.text.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

LetterTemplate parse_template(std::string_view text, const std::string& origin,
                              std::span<const std::string_view> fields) {
  Parser parser(origin, fields);
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  for (std::size_t n = 0; n < lines.size(); ++n)
    for (std::size_t c = 0; c < lines[n].size(); ++c) {
      unsigned char ch = static_cast<unsigned char>(lines[n][c]);
      if ((ch < 0x20 && ch != '\t') || ch == 0x7f)
        parser.fail(static_cast<int>(n) + 1, static_cast<int>(c) + 1,
                    "a control character in the template; letters are plain text");
    }
  constexpr std::string_view kSubject = "Subject:";
  if (lines.empty() || !lines[0].starts_with(kSubject))
    parser.fail(1, 1, "a template starts with a 'Subject: ...' line, then a blank line");
  if (lines.size() < 3 || !lines[1].empty())
    parser.fail(2, 1, "the subject line must be followed by a blank line and then the body");

  LetterTemplate result;
  result.origin = origin;
  std::string_view subject = lines[0].substr(kSubject.size());
  std::size_t lead = std::min(subject.find_first_not_of(' '), subject.size());
  std::vector<Token> tokens =
      parser.tokenize(subject.substr(lead), 1, static_cast<int>(kSubject.size() + lead));
  result.subject = parser.build(tokens);

  tokens.clear();
  for (std::size_t n = 2; n < lines.size(); ++n) {
    std::vector<Token> line = parser.tokenize(lines[n], static_cast<int>(n) + 1);
    bool standalone = std::any_of(line.begin(), line.end(), is_section_tag) &&
                      std::all_of(line.begin(), line.end(),
                                  [](const Token& t) { return is_section_tag(t) || is_blank(t); });
    for (Token& t : line)
      if (!standalone || !is_blank(t)) tokens.push_back(std::move(t));
    if (!standalone)
      tokens.push_back({TemplateNode::Kind::text, false, "\n", static_cast<int>(n) + 1, 0});
  }
  result.body = parser.build(tokens);
  return result;
}

std::string expand(const std::vector<TemplateNode>& nodes, const TemplateValues& values) {
  std::string out;
  for (const TemplateNode& node : nodes) {
    if (node.kind == TemplateNode::Kind::text) {
      out += node.text;
      continue;
    }
    auto it = values.find(node.text);
    bool has = it != values.end() && !it->second.empty();
    if (node.kind == TemplateNode::Kind::field) {
      if (has) out += it->second;
    } else if (has == (node.kind == TemplateNode::Kind::section)) {
      out += expand(node.children, values);
    }
  }
  return out;
}

}  // namespace arcollect
