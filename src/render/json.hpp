// A small JSON value and its pretty printer, for --format json.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "ledger/money.hpp"

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

// The contract's version, in every document's "schema"; see arcollect-json(5) for when it
// changes.
inline constexpr const char* kJsonSchema = "arcollect/1";

// A whole --format json document: "schema", "command" (as typed, e.g. "customer list") and
// "as_of" (the day it describes, --today), then the body's keys in order.
std::string json_document(std::string_view command, const std::string& as_of, JsonObject body);

// Money as every document gives it: {"amount": "1234.50", "currency": "GBP"}.
Json money_json(std::int64_t minor, const std::string& currency);
Json money_json(const Money& money);

// A path as documents give it: relative to the ledger's folder. `shown` is a path as
// messages show it, which starts with `display_root` and '/' when the ledger is elsewhere
// (-C); this drops that start.
std::string ledger_path(std::string_view shown, std::string_view display_root);

// Amounts in several currencies (what a customer owes): an array of money_json.
Json owed_json(const std::vector<Money>& owed);

}  // namespace arcollect
