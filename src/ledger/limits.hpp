// What a ledger file may hold. A ledger is data from other people: past these limits a file
// gets a diagnostic (limit_exceeded) naming the limit, never a crash, a hang or a wrong sum.
// arcollect-ledger(5) LIMITS documents each; tests/errors/limit_exceeded* trigger each.
#pragma once

#include <cstddef>
#include <cstdint>

namespace arcollect {

inline constexpr std::uint64_t kMaxFileBytes = 64ull << 20;  // one file: 64 MiB
inline constexpr int kMaxNesting = 64;            // tables, arrays and dotted-key parts in a path
inline constexpr std::size_t kMaxKeyBytes = 256;  // a key
inline constexpr std::size_t kMaxIdBytes = 200;   // an id (customer, invoice, plan, ref)
inline constexpr std::size_t kMaxStringBytes = 65'536;  // any other string: a name, a note
inline constexpr std::int64_t kMaxAmountMinor = 10'000'000'000'000;  // 10^13 minor units
// All of a ledger's amounts in one currency, added up as magnitudes: every plain sum of them
// fits in 64 bits with room to spare.
inline constexpr std::int64_t kMaxCurrencyTotal = 100'000'000'000'000'000;  // 10^17
// Payment terms, a customer's or the ledger's: ten years.
inline constexpr int kMaxTermsDays = 3650;
inline constexpr std::size_t kMaxDiagnosticsPerFile = 50;  // then "and N more"
// Unknown ids that get a "did you mean" from the loader; the rest are named without one.
inline constexpr std::size_t kMaxSuggestions = 20;

}  // namespace arcollect
