#include "render/json.hpp"

#include <fmt/format.h>

namespace arcollect {

std::string json_quote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7f)
          out += fmt::format("\\u{:04x}", c);
        else
          out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

namespace {

void write(const Json& json, int depth, std::string& out) {
  std::string indent(static_cast<std::size_t>(depth + 1) * 2, ' ');
  std::string closing(static_cast<std::size_t>(depth) * 2, ' ');
  if (std::holds_alternative<std::nullptr_t>(json.value)) {
    out += "null";
  } else if (auto b = std::get_if<bool>(&json.value)) {
    out += *b ? "true" : "false";
  } else if (auto n = std::get_if<std::int64_t>(&json.value)) {
    out += std::to_string(*n);
  } else if (auto s = std::get_if<std::string>(&json.value)) {
    out += json_quote(*s);
  } else if (auto a = std::get_if<JsonArray>(&json.value)) {
    if (a->empty()) {
      out += "[]";
      return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < a->size(); ++i) {
      out += indent;
      write((*a)[i], depth + 1, out);
      out += i + 1 < a->size() ? ",\n" : "\n";
    }
    out += closing + "]";
  } else if (auto o = std::get_if<JsonObject>(&json.value)) {
    if (o->empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    for (std::size_t i = 0; i < o->size(); ++i) {
      out += indent + json_quote((*o)[i].first) + ": ";
      write((*o)[i].second, depth + 1, out);
      out += i + 1 < o->size() ? ",\n" : "\n";
    }
    out += closing + "}";
  }
}

}  // namespace

std::string dump_json(const Json& json) {
  std::string out;
  write(json, 0, out);
  return out + "\n";
}

std::string json_document(std::string_view command, const std::string& as_of, JsonObject body) {
  JsonObject document{{"schema", kJsonSchema}, {"command", std::string(command)}, {"as_of", as_of}};
  document.reserve(3 + body.size());
  for (auto& field : body) document.push_back(std::move(field));
  return dump_json(document);
}

Json money_json(std::int64_t minor, const std::string& currency) {
  return JsonObject{{"amount", format_amount(minor, currency)}, {"currency", currency}};
}

std::string ledger_path(std::string_view shown, std::string_view display_root) {
  if (display_root.empty() || !shown.starts_with(display_root)) return std::string(shown);
  if (shown.size() == display_root.size()) return ".";
  if (shown[display_root.size()] == '/') shown.remove_prefix(display_root.size() + 1);
  return std::string(shown);
}

Json money_json(const Money& money) {
  return money_json(money.minor, money.currency);
}

Json owed_json(const std::vector<Money>& owed) {
  JsonArray list;
  for (const auto& m : owed) list.push_back(money_json(m));
  return list;
}

}  // namespace arcollect
