// The regular expressions of bank-import rules (`pattern = "northwind|nwt ltd"`), matched
// against statement descriptions. A rule is data from other people, so matching must never hang
// or overflow the stack, which std::regex does on `(a*)*b` or a long text: this is a Thompson NFA
// run as a Pike VM, one pass over the text that keeps at most one thread per instruction, so it
// takes time proportional to pattern size times text length and recurses nowhere. The parser
// does recurse, once per group, so nesting is capped, as are the pattern's length and the size
// of the program its {n,m} repeats expand into.
//
// Syntax (arcollect-import(1) documents it from here). A match may start anywhere in the text,
// and ASCII letters match either case; every other byte matches only itself. Patterns and texts
// are UTF-8 but matched byte by byte: a non-ASCII character is a literal of several bytes, so
// "café" matches "CAFé" but not "CAFÉ".
//   abc        the characters themselves; ] and } need no backslash outside [ ] and {n,m}
//   .          any one byte but a line break (one byte of a non-ASCII character)
//   [abc]      one of the characters listed; [a-z0-9] with ranges; [^...] any byte not listed.
//              A '-' first or last is itself; write \] for a ']' and \\ for a backslash; \d \w \s
//              may be listed. A class holds only ASCII characters.
//   \d \w \s   a digit, a word character [a-z0-9_], white space (space, tab, line breaks)
//   \D \W \S   any byte but those
//   \b \B      a word boundary (a word character on one side only), anything but one; only
//              ASCII letters, digits and _ are word characters, so \bcafé\b misses "café"
//   \. \\ \(   a backslash before any ASCII punctuation matches that character
//   ^ $        the start, the end of the text
//   x* x+ x?   x repeated: any number of times, at least once, at most once
//   x{n} x{n,} x{n,m}
//              x repeated n times, at least n times, n to m times; n and m at most 100.
//              One repeat cannot follow another: write (?:x+)*, and there is no lazy x*?
//              (a yes-or-no match has no use for it)
//   x|y        x or y; an alternative may be empty
//   (x) (?:x)  a group (both forms do the same: nothing is captured)
// Limits: 1000 bytes of pattern, groups nested 64 deep, 10000 steps once repeats are expanded.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace arcollect {

inline constexpr std::size_t kMaxRegexBytes = 1000;
inline constexpr int kMaxRegexNesting = 64;
inline constexpr int kMaxRegexRepeat = 100;             // n and m of {n,m}
inline constexpr std::size_t kMaxRegexProgram = 10000;  // instructions, repeats expanded

namespace regex_detail {

enum class Op : std::uint8_t {
  kByte,             // consume one byte that is in `bytes`
  kSplit,            // go on at both x and y
  kJump,             // go on at x
  kTextStart,        // ^
  kTextEnd,          // $
  kWordBoundary,     // \b
  kNotWordBoundary,  // \B
  kMatch,
};

struct Inst {
  Op op = Op::kMatch;
  std::uint32_t x = 0, y = 0;
  std::bitset<256> bytes{};  // case already folded in
};

}  // namespace regex_detail

// A compiled pattern.
class SafeRegex {
 public:
  // The pattern, or none with `error` set to what is wrong and the 1-based byte column where,
  // e.g. "column 7: ')' closes no group".
  static std::optional<SafeRegex> compile(std::string_view pattern, std::string& error);

  // Whether the pattern matches anywhere in `text`.
  bool search(std::string_view text) const;

 private:
  explicit SafeRegex(std::vector<regex_detail::Inst> program) : program_(std::move(program)) {}

  std::vector<regex_detail::Inst> program_;
};

}  // namespace arcollect
