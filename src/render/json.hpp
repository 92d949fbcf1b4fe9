// A small JSON value and its pretty printer, for --format json.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace arcollect {

struct Json;
using JsonArray = std::vector<Json>;
using JsonObject = std::vector<std::pair<std::string, Json>>;  // keeps key order

struct Json {
  std::variant<std::nullptr_t, bool, std::int64_t, std::string, JsonArray, JsonObject> value;

  Json() : value(nullptr) {}
  Json(std::nullptr_t) : value(nullptr) {}                      // NOLINT
  Json(bool b) : value(b) {}                                    // NOLINT
  Json(int n) : value(static_cast<std::int64_t>(n)) {}          // NOLINT
  Json(std::int64_t n) : value(n) {}                            // NOLINT
  Json(std::size_t n) : value(static_cast<std::int64_t>(n)) {}  // NOLINT
  Json(std::string s) : value(std::move(s)) {}                  // NOLINT
  Json(const char* s) : value(std::string(s)) {}                // NOLINT
  Json(JsonArray a) : value(std::move(a)) {}                    // NOLINT
  Json(JsonObject o) : value(std::move(o)) {}                   // NOLINT
};

std::string json_quote(const std::string& text);

// The text, or null when it is empty: a field the record leaves out.
inline Json text_or_null(const std::string& text) {
  return text.empty() ? Json{} : Json{text};
}

// Two-space indented, with a final newline.
std::string dump_json(const Json& json);

}  // namespace arcollect
