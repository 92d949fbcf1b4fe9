// Letter templates: plain text with {{field}} placeholders and sections that show only when a
// field has a value, {{#field}}...{{/field}}, or only when it has none, {{^field}}...{{/field}}.
// A section tag alone on its line takes the line with it. A template's first line is
// "Subject: ...", then a blank line, then the body. Templates never run anything: they can
// only print the fields they are given.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace arcollect {

struct TemplateNode {
  enum class Kind { text, field, section, inverted } kind = Kind::text;
  std::string text;  // the text, or the field's name
  std::vector<TemplateNode> children;
};

struct LetterTemplate {
  std::string origin;  // the file it came from, or "built-in template NAME"
  std::vector<TemplateNode> subject, body;
};

using TemplateValues = std::map<std::string, std::string, std::less<>>;

// Parses `text`; throws Error "ORIGIN:LINE:COL: message" for a malformed template or a field
// not in `fields`.
LetterTemplate parse_template(std::string_view text, const std::string& origin,
                              std::span<const std::string_view> fields);

// The nodes with every field replaced by its value ("" when `values` lacks it).
std::string expand(const std::vector<TemplateNode>& nodes, const TemplateValues& values);

}  // namespace arcollect
