// A scan of a TOML text, before it is parsed, for what would make the parser recurse or
// allocate without bound: nesting (tables, arrays, inline tables and dotted-key parts) past
// kMaxNesting, a key past kMaxKeyBytes, a string past kMaxStringBytes. toml++ recurses once
// per dotted-key part, so 100,000 parts would overflow the stack; this scan is a loop, linear
// in the text, and stops at the first problem. It is no TOML validator: what it lets through,
// the parser judges.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace arcollect {

struct TomlLimitProblem {
  std::uint32_t line = 1, column = 1;  // 1-based, in bytes
  std::string message;
};

std::optional<TomlLimitProblem> check_toml_limits(std::string_view text);

}  // namespace arcollect
