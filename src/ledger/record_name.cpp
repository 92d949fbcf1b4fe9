#include "ledger/record_name.hpp"
#include "ledger/fnv1a.hpp"

#include <chrono>
#include <cstdint>
#include <random>
#include <string_view>

namespace arcollect {

namespace {

constexpr std::string_view kCrockford = "0123456789abcdefghjkmnpqrstvwxyz";
constexpr std::size_t kTimeDigits = 8;  // 40 bits of milliseconds: until 2054

std::string& name_seed() {
  static std::string seed;
  return seed;
}

// `digits` base32 digits of `value`, most significant first, so that names sort as the values.
std::string base32(std::uint64_t value, std::size_t digits) {
  std::string out(digits, '0');
  for (std::size_t i = digits; i-- > 0; value >>= 5) out[i] = kCrockford[value & 31];
  return out;
}

std::uint64_t milliseconds_since_2020() {
  using namespace std::chrono;
  constexpr auto kEpoch2020 = sys_days{year{2020} / January / 1};
  const auto now = time_point_cast<milliseconds>(system_clock::now());
  return now > kEpoch2020 ? static_cast<std::uint64_t>((now - kEpoch2020).count()) : 0;
}

}  // namespace

std::string record_file_name(const std::string& folder, const std::string& stem, unsigned attempt) {
  const std::string& seed = name_seed();
  std::string suffix;
  if (seed.empty()) {
    // std::random_device is the system's random source: nothing in common between clones.
    std::random_device random;
    suffix = base32(milliseconds_since_2020(), kTimeDigits) +
             base32(random(), kNameSuffixLength - kTimeDigits);
  } else {
    std::uint64_t hash = fnv1a(seed);
    hash = fnv1a(folder + "/" + stem, hash ^ 0xff);
    suffix = base32(fnv1a(std::to_string(attempt), hash ^ 0xff), kNameSuffixLength);
  }
  return folder + "/" + stem + "-" + suffix + ".toml";
}

std::string planned_file_name(const std::string& folder, const std::string& stem) {
  return folder + "/" + stem + "-<suffix>.toml";
}

void set_name_seed(std::string seed) {
  name_seed() = std::move(seed);
}

}  // namespace arcollect
