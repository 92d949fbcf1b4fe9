// FNV-1a, 64 bits: the same value on every machine and every run, which std::hash is not. For
// names and ids that must be reproducible (bank ids, Message-IDs, test file names).
#pragma once

#include <cstdint>
#include <string_view>

namespace arcollect {

inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;

// `hash` continues an earlier hash.
constexpr std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = kFnvOffset) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace arcollect
