#include "ledger/record_name.hpp"

#include <cstdint>
#include <random>
#include <string_view>

namespace arcollect {

namespace {

constexpr std::string_view kCrockford = "0123456789abcdefghjkmnpqrstvwxyz";

std::string& name_seed() {
  static std::string seed;
  return seed;
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::uint64_t draw(const std::string& place, unsigned attempt) {
  const std::string& seed = name_seed();
  if (seed.empty()) {
    // std::random_device reads getrandom(2) on Linux: no clock or host in common between clones.
    std::random_device random;
    return (std::uint64_t{random()} << 32) | random();
  }
  std::uint64_t hash = fnv1a(seed);
  hash = fnv1a(place, hash ^ 0xff);
  return fnv1a(std::to_string(attempt), hash ^ 0xff);
}

}  // namespace

std::string record_file_name(const std::string& folder, const std::string& stem, unsigned attempt) {
  std::uint64_t bits = draw(folder + "/" + stem, attempt);
  std::string suffix;
  for (std::size_t i = 0; i < kNameSuffixLength; ++i, bits >>= 5) suffix += kCrockford[bits & 31];
  return folder + "/" + stem + "-" + suffix + ".toml";
}

std::string planned_file_name(const std::string& folder, const std::string& stem) {
  return folder + "/" + stem + "-<suffix>.toml";
}

void set_name_seed(std::string seed) {
  name_seed() = std::move(seed);
}

}  // namespace arcollect
