#include "ledger/field_reader.hpp"

#include "ledger/text_encoding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "ledger/limits.hpp"
#include "ledger/mail_syntax.hpp"
#include "ledger/merge_markers.hpp"
#include "ledger/records.hpp"
#include "ledger/suggest.hpp"
#include "ledger/toml_limits.hpp"

namespace arcollect {

SourcePos pos_of(const toml::source_region& region, std::uint32_t file) {
  SourcePos pos;
  pos.file = file;
  pos.line = region.begin.line;
  pos.column = region.begin.column;
  if (region.end.line == region.begin.line && region.end.column > region.begin.column)
    pos.width = region.end.column - region.begin.column;
  return pos;
}

std::string_view toml_type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number with a point";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "nothing";
  }
}

namespace {

Date to_date(const toml::date& d) {
  return make_date(d.year, d.month, d.day);
}

// The digits a TOML float was written with: the shortest text that reads back as the same
// double, which is the literal itself for up to 15 significant digits.
std::optional<std::string> float_digits(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  std::string text = fmt::format("{}", value);
  if (text.find_first_of("eE") != std::string::npos) return std::nullopt;
  int significant = 0;
  bool leading = true;
  for (char c : text) {
    if (c < '0' || c > '9') continue;
    if (leading && c == '0') continue;
    leading = false;
    ++significant;
  }
  if (significant > 15) return std::nullopt;
  return text;
}

}  // namespace

std::optional<Decimal> read_amount_node(const toml::node& node, FileSink& sink,
                                        std::string_view what, bool allow_zero) {
  SourcePos at = pos_of(node.source(), sink.file_index());
  Decimal value;
  if (auto integer = node.as_integer()) {
    value = Decimal{integer->get(), 0};
  } else if (auto number = node.as_floating_point()) {
    auto digits = float_digits(number->get());
    if (!digits || parse_decimal(*digits, value) != DecimalError::none) {
      sink.error(DiagCode::invalid_amount, at,
                 fmt::format("{} cannot be held exactly as a number; write it as a decimal "
                             "string, e.g. \"12345678.90\"",
                             what));
      return std::nullopt;
    }
  } else if (auto text = node.as_string()) {
    auto error = parse_decimal(text->get(), value);
    if (error != DecimalError::none) {
      sink.error(DiagCode::invalid_amount, at,
                 error == DecimalError::too_large
                     ? fmt::format("{} \"{}\" is too large", what, text->get())
                     : fmt::format("{} \"{}\" is not a decimal amount; write digits with an "
                                   "optional point and no separators, e.g. \"2400.00\"",
                                   what, text->get()));
      return std::nullopt;
    }
  } else {
    sink.error(DiagCode::wrong_type, at,
               fmt::format("{} must be an amount like 2400.00 or \"2400.00\", not {}", what,
                           toml_type_name(node)));
    return std::nullopt;
  }
  if (value.units < 0 || (value.units == 0 && !allow_zero)) {
    sink.error(DiagCode::nonpositive_amount, at,
               fmt::format("{} must be {}; record money going the other way as a [[credit]] "
                           "or a [[payment]]",
                           what, allow_zero ? "zero or more" : "greater than zero"));
    return std::nullopt;
  }
  return value;
}

FieldReader::FieldReader(const toml::table& table, std::string where, FileSink& sink)
    : table_(table), where_(std::move(where)), sink_(sink) {
  known_.reserve(16);  // a record's keys, allocated once
}

SourcePos FieldReader::pos(std::string_view key) const {
  if (auto node = table_.get(key)) return pos_of(node->source(), sink_.file_index());
  return table_pos();
}

const toml::node* FieldReader::get(std::string_view key, Need need, std::string_view example) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node && need == Need::required)
    sink_.error(DiagCode::missing_field, table_pos(),
                fmt::format("{} has no '{}'; add a line like: {} = {}", where_, key, key, example));
  return node;
}

void FieldReader::wrong_type(std::string_view key, const toml::node& node,
                             std::string_view expected) {
  sink_.error(DiagCode::wrong_type, pos_of(node.source(), sink_.file_index()),
              fmt::format("'{}' must be {}, not {}", key, expected, toml_type_name(node)));
}

void FieldReader::bad_choice(std::string_view key, std::string_view word,
                             std::span<const std::string_view> names) {
  sink_.error(DiagCode::invalid_value, pos(key),
              fmt::format("'{}' cannot be \"{}\"; use one of: {}{}", key, word,
                          fmt::join(names, ", "), did_you_mean(word, names)));
}

namespace {

// Keys whose values are ids or name records by id: held to kMaxIdBytes.
bool is_id_key(std::string_view key) {
  return key == "id" || key == "customer" || key == "invoice" || key == "invoices" ||
         key == "ref" || key == "plan" || key == "bank_id";
}

}  // namespace

bool FieldReader::id_too_long(std::string_view key, const std::string& value, SourcePos at) {
  if (!is_id_key(key) || value.size() <= kMaxIdBytes) return false;
  sink_.error(DiagCode::limit_exceeded, at,
              fmt::format("'{}' is {} bytes long, past the limit of {} bytes for an id", key,
                          value.size(), kMaxIdBytes));
  return true;
}

std::optional<std::string> FieldReader::text(std::string_view key, Need need) {
  const toml::node* node = get(key, need, "\"...\"");
  if (!node) return std::nullopt;
  if (auto value = node->as_string()) {
    if (id_too_long(key, value->get(), pos(key))) return std::nullopt;
    return value->get();
  }
  wrong_type(key, *node, "a string in quotes");
  return std::nullopt;
}

std::optional<Date> FieldReader::date(std::string_view key, Need need) {
  const toml::node* node = get(key, need, "2026-11-22");
  if (!node) return std::nullopt;
  if (auto value = node->as_date()) return to_date(value->get());
  if (auto value = node->as_string(); value && parse_date(value->get())) {
    sink_.error(DiagCode::quoted_date, pos(key),
                fmt::format("'{}' is a date in quotes; write it without them: {} = {}", key, key,
                            value->get()));
    return std::nullopt;
  }
  wrong_type(key, *node, "a date like 2026-11-22 (no quotes, no time)");
  return std::nullopt;
}

std::optional<std::string> FieldReader::email(std::string_view key) {
  auto value = text(key);
  if (!value || valid_address(*value)) return value;
  sink_.error(DiagCode::invalid_value, pos(key),
              fmt::format("'{}' \"{}\" is not an email address; write one like "
                          "\"name@example.com\"",
                          key, *value));
  return std::nullopt;
}

std::optional<bool> FieldReader::boolean(std::string_view key) {
  const toml::node* node = get(key, Need::optional, "true");
  if (!node) return std::nullopt;
  if (auto value = node->as_boolean()) return value->get();
  wrong_type(key, *node, "true or false (no quotes)");
  return std::nullopt;
}

std::optional<int> FieldReader::integer(std::string_view key, int min, int max, Need need) {
  const toml::node* node = get(key, need, std::to_string(std::max(min, 0)));
  if (!node) return std::nullopt;
  auto value = node->as_integer();
  if (!value) {
    wrong_type(key, *node, "a whole number");
    return std::nullopt;
  }
  if (value->get() < min || value->get() > max) {
    sink_.error(DiagCode::invalid_value, pos(key),
                fmt::format("'{}' must be from {} to {}, not {}", key, min, max, value->get()));
    return std::nullopt;
  }
  return static_cast<int>(value->get());
}

std::optional<Decimal> FieldReader::amount(std::string_view key, Need need, bool allow_zero) {
  const toml::node* node = get(key, need, "100.00");
  if (!node) return std::nullopt;
  return read_amount_node(*node, sink_, fmt::format("'{}'", key), allow_zero);
}

std::optional<std::vector<std::string>> FieldReader::text_list(std::string_view key, Need need) {
  const toml::node* node = get(key, need, "[\"...\"]");
  if (!node) return std::nullopt;
  const toml::array* list = node->as_array();
  if (!list) {
    if (auto single = node->as_string()) {
      if (id_too_long(key, single->get(), pos(key))) return std::nullopt;
      return std::vector<std::string>{single->get()};
    }
    wrong_type(key, *node, "a list of strings like [\"a\", \"b\"]");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const toml::node& element : *list) {
    if (auto value = element.as_string()) {
      if (id_too_long(key, value->get(), pos_of(element.source(), sink_.file_index())))
        return std::nullopt;
      out.push_back(value->get());
    } else {
      wrong_type(key, element, "a list of strings, with each element in quotes");
      return std::nullopt;
    }
  }
  return out;
}

const toml::array* FieldReader::array(std::string_view key, Need need) {
  const toml::node* node = get(key, need, "[ ... ]");
  if (!node) return nullptr;
  if (auto value = node->as_array()) return value;
  wrong_type(key, *node, "an array");
  return nullptr;
}

const toml::table* FieldReader::table(std::string_view key, Need need) {
  const toml::node* node = get(key, need, "{ ... }");
  if (!node) return nullptr;
  if (auto value = node->as_table()) return value;
  wrong_type(key, *node, "a table");
  return nullptr;
}

void FieldReader::finish() {
  std::vector<std::string_view> known(known_.begin(), known_.end());
  for (auto&& [key, node] : table_) {
    std::string_view name = key.str();
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string hint = did_you_mean(name, known);
    if (hint.empty()) hint = fmt::format("; the keys it takes are: {}", fmt::join(known, ", "));
    sink_.error(DiagCode::unknown_key, pos_of(key.source(), sink_.file_index()),
                fmt::format("unknown key '{}' in {}{}", name, where_, hint));
  }
}

}  // namespace arcollect

namespace arcollect {

namespace {

// A ledger's strings may not carry Unicode's noncharacters (text_encoding).
void replace_noncharacters_in(toml::node& node) {
  if (auto* text = node.as_string()) {
    replace_noncharacters(text->get());
  } else if (auto* table = node.as_table()) {
    for (auto&& [key, child] : *table) replace_noncharacters_in(child);
  } else if (auto* array = node.as_array()) {
    for (auto& child : *array) replace_noncharacters_in(child);
  }
}

}  // namespace

std::optional<toml::table> parse_document(std::string_view text, FileSink& sink) {
  if (auto conflict = find_merge_conflict(text)) {
    sink.error(DiagCode::merge_conflict, SourcePos{sink.file_index(), conflict->line, 1, 7},
               conflict->message);
    return std::nullopt;
  }
  if (auto problem = check_toml_limits(text)) {
    sink.error(DiagCode::limit_exceeded,
               SourcePos{sink.file_index(), problem->line, problem->column, 1}, problem->message);
    return std::nullopt;
  }
  try {
    toml::table document = toml::parse(text);
    replace_noncharacters_in(document);  // recursion bounded by check_toml_limits
    return document;
  } catch (const toml::parse_error& error) {
    sink.error(DiagCode::toml_syntax, pos_of(error.source(), sink.file_index()),
               fmt::format("TOML syntax error: {}", error.description()));
    return std::nullopt;
  }
}

std::map<std::string, std::uint32_t, std::less<>> key_lines(const toml::table& document) {
  std::map<std::string, std::uint32_t, std::less<>> lines;
  for (auto&& [key, node] : document) {
    const toml::table* table = node.as_table();
    if (!table) {
      lines.emplace(std::string(key.str()), node.source().begin.line);
      continue;
    }
    for (auto&& [inner, value] : *table)
      lines.emplace(fmt::format("{}.{}", key.str(), inner.str()), value.source().begin.line);
  }
  return lines;
}

bool check_slug_id(FieldReader& fields, std::string_view key, const std::string& id) {
  bool ok = is_slug(id);
  if (!ok)
    fields.sink().error(DiagCode::invalid_value, fields.pos(key),
                        fmt::format("'{}' \"{}\" must start with a lower-case letter or digit and "
                                    "hold only a-z, 0-9, '.', '_' and '-'",
                                    key, id));
  return ok;
}

bool check_invoice_id(FieldReader& fields, std::string_view key, const std::string& id) {
  bool ok = !id.empty() && id.front() != ' ' && id.back() != ' ';
  for (char c : id) ok = ok && static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
  if (!ok)
    fields.sink().error(DiagCode::invalid_value, fields.pos(key),
                        fmt::format("'{}' must be a non-empty invoice number without control "
                                    "characters or surrounding spaces",
                                    key));
  return ok;
}

}  // namespace arcollect
