#include "ledger/safe_regex.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace arcollect {

namespace {

using regex_detail::Inst;
using regex_detail::Op;
using Bytes = std::bitset<256>;

constexpr int kUnbounded = -1;

// Thrown anywhere in the parser or compiler, caught in SafeRegex::compile: the first problem
// ends the compile, and the parser's recursion unwinds without checking a status at each level.
struct PatternError {
  std::size_t column;  // 1-based
  std::string message;
};

Bytes span(unsigned char low, unsigned char high) {
  Bytes set;
  for (int c = low; c <= high; ++c) set.set(c);
  return set;
}

const Bytes kWordBytes = span('0', '9') | span('a', 'z') | span('A', 'Z') | span('_', '_');

// Case-insensitivity is decided here, once, so matching compares plain bytes.
Bytes fold_case(Bytes set) {
  for (int c = 'a'; c <= 'z'; ++c) {
    const bool either = set[c] || set[c - 'a' + 'A'];
    set[c] = set[c - 'a' + 'A'] = either;
  }
  return set;
}

enum class NodeKind { kInst, kConcat, kAlternate, kRepeat };

struct Node {
  NodeKind kind = NodeKind::kConcat;  // a kConcat of no children matches the empty text
  Inst inst{};                        // kInst: a byte set or an assertion (^ $ \b \B)
  std::vector<Node> children{};       // kConcat, kAlternate; kRepeat has one
  int min = 0, max = 0;               // kRepeat; max may be kUnbounded
  std::size_t column = 1;             // where the node starts, for "too big"
};

// Recursive descent over alternation > concatenation > repetition > atom. It recurses once per
// group (three frames), and refuses a group deeper than kMaxRegexNesting before recursing.
class Parser {
 public:
  explicit Parser(std::string_view pattern) : p_(pattern) {}

  Node parse() {
    Node root = alternation(0);
    // alternation() stops only at the end or at a ')' that no group of its own opened
    if (pos_ < p_.size()) fail(pos_, "')' closes no group");
    return root;
  }

 private:
  [[noreturn]] void fail(std::size_t at, std::string message) const {
    throw PatternError{at + 1, std::move(message)};
  }

  bool at(char c) const { return pos_ < p_.size() && p_[pos_] == c; }

  Node alternation(int depth) {
    Node alt{.kind = NodeKind::kAlternate, .column = pos_ + 1};
    alt.children.push_back(concatenation(depth));
    while (at('|')) {
      ++pos_;
      alt.children.push_back(concatenation(depth));
    }
    return alt.children.size() == 1 ? std::move(alt.children.front()) : std::move(alt);
  }

  Node concatenation(int depth) {
    Node seq{.kind = NodeKind::kConcat, .column = pos_ + 1};
    while (pos_ < p_.size() && !at('|') && !at(')')) seq.children.push_back(repetition(depth));
    return seq.children.size() == 1 ? std::move(seq.children.front()) : std::move(seq);
  }

  Node repetition(int depth) {
    Node item = atom(depth);
    for (bool repeated = false; pos_ < p_.size(); repeated = true) {
      const std::size_t start = pos_;
      const char c = p_[pos_];
      int min = c == '+' ? 1 : 0, max = c == '?' ? 1 : kUnbounded;
      if (c == '{') {
        bounds(min, max);
      } else if (c == '*' || c == '+' || c == '?') {
        ++pos_;
      } else {
        break;
      }
      if (repeated) {
        fail(start, fmt::format(
                        "'{}' follows another repeat; put the first one in (?: ) to repeat it", c));
      }
      if (item.kind == NodeKind::kInst && item.inst.op != Op::kByte) {
        fail(start, fmt::format("'{}' follows an anchor, which matches no text to repeat", c));
      }
      Node repeat{.kind = NodeKind::kRepeat, .min = min, .max = max, .column = start + 1};
      repeat.children.push_back(std::move(item));
      item = std::move(repeat);
    }
    return item;
  }

  // {n}, {n,} or {n,m}, with pos_ on the '{'.
  void bounds(int& min, int& max) {
    const std::size_t open = pos_++;
    auto number = [&](int& out) {  // capped as it is read, so no count of digits overflows
      const std::size_t first = pos_;
      for (out = 0; pos_ < p_.size() && p_[pos_] >= '0' && p_[pos_] <= '9'; ++pos_) {
        out = std::min(out * 10 + (p_[pos_] - '0'), kMaxRegexRepeat + 1);
      }
      if (out > kMaxRegexRepeat) {
        const std::string_view digits = p_.substr(first, pos_ - first);
        fail(first, fmt::format("repeat count {} is over {}", digits, kMaxRegexRepeat));
      }
      return pos_ > first;
    };
    const bool ok = number(min);
    max = min;
    if (ok && at(',')) {
      ++pos_;
      if (!number(max)) max = kUnbounded;
    }
    if (!ok || !at('}')) {
      fail(open, "'{' starts no repeat {n}, {n,} or {n,m}; write '\\{' to match a '{'");
    }
    ++pos_;
    if (max != kUnbounded && max < min) {
      fail(open, fmt::format("repeat {{{},{}}} has its maximum below its minimum", min, max));
    }
  }

  Node atom(int depth) {
    const std::size_t start = pos_;
    const char c = p_[pos_];
    Node node{.kind = NodeKind::kInst, .inst = {.op = Op::kByte}, .column = start + 1};
    if (c == '(') return group(depth);
    if (c == '*' || c == '+' || c == '?' || c == '{') {
      fail(start, fmt::format("'{0}' has nothing to repeat; write '\\{0}' to match a '{0}'", c));
    }
    const char next = pos_ + 1 < p_.size() ? p_[pos_ + 1] : '\0';
    if (c == '^' || c == '$') {
      node.inst.op = c == '^' ? Op::kTextStart : Op::kTextEnd;
      ++pos_;
    } else if (c == '\\' && (next == 'b' || next == 'B')) {
      node.inst.op = next == 'b' ? Op::kWordBoundary : Op::kNotWordBoundary;
      pos_ += 2;
    } else if (c == '[') {
      node.inst.bytes = char_class();
    } else if (c == '.') {
      node.inst.bytes = ~Bytes().set('\n');
      ++pos_;
    } else if (c == '\\') {
      node.inst.bytes = fold_case(escape(false));
    } else {
      node.inst.bytes = fold_case(Bytes().set(static_cast<unsigned char>(c)));
      ++pos_;
    }
    return node;
  }

  Node group(int depth) {
    const std::size_t open = pos_++;
    if (depth >= kMaxRegexNesting) {
      fail(open, fmt::format("groups nest deeper than {}", kMaxRegexNesting));
    }
    if (at('?')) {
      if (pos_ + 1 >= p_.size() || p_[pos_ + 1] != ':') {
        fail(open,
             "'(?' must be '(?:'; no other group kind is supported, and case is always ignored");
      }
      pos_ += 2;
    }
    Node inner = alternation(depth + 1);
    if (!at(')')) fail(open, "'(' is never closed");
    ++pos_;
    return inner;
  }

  // [...], with pos_ on the '['. Folded before it is negated, so [^a] matches neither a nor A.
  Bytes char_class() {
    const std::size_t open = pos_++;
    const bool negate = at('^');
    if (negate) ++pos_;
    Bytes set;
    for (bool first = true; !at(']') || first; first = false) {
      if (pos_ >= p_.size()) fail(open, "'[' is never closed");
      if (at(']')) fail(pos_, "a class needs at least one character; write '\\]' for a ']'");
      const std::size_t start = pos_;
      int low = -1, high = -1;  // the character, when the item is one: a range needs two
      const Bytes item = class_item(low);
      if (!at('-') || pos_ + 1 >= p_.size() || p_[pos_ + 1] == ']') {
        set |= item;
        continue;
      }
      ++pos_;
      class_item(high);
      if (low < 0 || high < 0) fail(start, "a range needs one character at each end");
      if (high < low) {
        fail(start, fmt::format("range '{}-{}' is backwards; write '{}-{}'", char(low), char(high),
                                char(high), char(low)));
      }
      set |= span(low, high);
    }
    ++pos_;
    set = fold_case(set);
    return negate ? ~set : set;
  }

  Bytes class_item(int& single) {
    const auto c = static_cast<unsigned char>(p_[pos_]);
    if (c == '\\') {
      Bytes set = escape(true);
      if (set.count() == 1) single = static_cast<unsigned char>(p_[pos_ - 1]);
      return set;
    }
    // [é] would be a set of two unrelated bytes, each matching half a character
    if (c >= 0x80) {
      fail(pos_, "a class holds only ASCII characters; write others outside it, as in (?:é|e)");
    }
    ++pos_;
    single = c;
    return Bytes().set(c);
  }

  // \d \w \s, their negations and escaped punctuation, with pos_ on the backslash.
  Bytes escape(bool in_class) {
    const std::size_t start = pos_;
    if (pos_ + 1 >= p_.size()) fail(start, "'\\' ends the pattern; write '\\\\' to match a '\\'");
    const auto e = static_cast<unsigned char>(p_[pos_ + 1]);
    pos_ += 2;
    const auto lower = static_cast<unsigned char>(e | 0x20);
    if (lower == 'd' || lower == 'w' || lower == 's') {
      const Bytes set = lower == 'd'   ? span('0', '9')
                        : lower == 'w' ? kWordBytes
                                       : span('\t', '\r') | Bytes().set(' ');
      return e == lower ? set : ~set;
    }
    const bool printable = e > ' ' && e < 0x7f;
    if (printable && !kWordBytes[e]) return Bytes().set(e);
    if (printable) {
      fail(start, fmt::format("unknown escape '\\{}'{}", char(e),
                              in_class ? " in a class; it takes \\d \\w \\s \\D \\W \\S"
                                       : "; known are \\d \\w \\s \\b and \\D \\W \\S \\B"));
    }
    fail(start, "'\\' before a space, control or non-ASCII byte; only punctuation is escaped");
  }

  std::string_view p_;
  std::size_t pos_ = 0;
};

// Emits the program of a node tree. A repeat's body is compiled once and then copied, so nested
// repeats cost the size they expand to (capped) and never re-walk the tree per copy: even
// ((){100}){100}... expanding to nothing takes 100 steps per repeat.
class Compiler {
 public:
  std::vector<Inst> program;

  void emit(const Node& node) {
    if (node.kind == NodeKind::kInst) return push(node.inst, node);
    if (node.kind == NodeKind::kRepeat) return repeat(node);
    if (node.kind == NodeKind::kConcat) {
      for (const Node& child : node.children) emit(child);
      return;
    }
    // x|y|z: split(x1, y0); x1: x; jump end; y0: split(y1, z1); y1: y; jump end; z1: z; end:
    std::vector<std::size_t> jumps;
    for (std::size_t i = 0; i + 1 < node.children.size(); ++i) {
      const std::size_t split = program.size();
      push({.op = Op::kSplit, .x = here() + 1}, node);
      emit(node.children[i]);
      jumps.push_back(program.size());
      push({.op = Op::kJump}, node);
      program[split].y = here();
    }
    emit(node.children.back());
    for (std::size_t jump : jumps) program[jump].x = here();
  }

  void push(Inst inst, const Node& node) {
    if (program.size() >= kMaxRegexProgram) too_big(node);
    program.push_back(inst);
  }

 private:
  [[noreturn]] static void too_big(const Node& node) {
    throw PatternError{node.column,
                       fmt::format("the pattern expands to over {} steps here; use smaller "
                                   "{{n,m}} repeats",
                                   kMaxRegexProgram)};
  }

  std::uint32_t here() const { return static_cast<std::uint32_t>(program.size()); }

  void repeat(const Node& node) {
    // Jumps inside a body land in it or just after it, so a copy moves them by its offset.
    const std::size_t start = program.size();
    emit(node.children.front());
    const std::vector<Inst> body(program.begin() + start, program.end());
    program.resize(start);
    auto copy_body = [&] {
      if (program.size() + body.size() > kMaxRegexProgram) too_big(node);
      const std::uint32_t offset = here() - start;
      for (Inst inst : body) {
        if (inst.op == Op::kSplit || inst.op == Op::kJump) inst.x += offset, inst.y += offset;
        program.push_back(inst);
      }
    };
    for (int i = 0; i < node.min; ++i) copy_body();
    const auto body_size = static_cast<std::uint32_t>(body.size());
    if (node.max == kUnbounded && node.min > 0) {
      // x{n,}: the last copy loops back on itself
      push({.op = Op::kSplit, .x = here() - body_size, .y = here() + 1}, node);
    } else if (node.max == kUnbounded) {
      // x*: loop: split(x1, end); x1: x; jump loop; end:
      push({.op = Op::kSplit, .x = here() + 1, .y = here() + body_size + 2}, node);
      copy_body();
      push({.op = Op::kJump, .x = here() - body_size - 1}, node);
    } else {
      // x{n,m}: m-n optional copies, each one's split skipping to the end of them all
      std::vector<std::size_t> splits;
      for (int i = node.min; i < node.max; ++i) {
        splits.push_back(program.size());
        push({.op = Op::kSplit, .x = here() + 1}, node);
        copy_body();
      }
      for (std::size_t split : splits) program[split].y = here();
    }
  }
};

// The threads of one step: a set of instruction indexes with O(1) insert and clear.
class ThreadSet {
 public:
  explicit ThreadSet(std::size_t size) : dense_(size), sparse_(size) {}

  bool insert(std::uint32_t pc) {
    if (sparse_[pc] < count_ && dense_[sparse_[pc]] == pc) return false;
    sparse_[pc] = count_;
    dense_[count_++] = pc;
    return true;
  }
  void clear() { count_ = 0; }
  bool empty() const { return count_ == 0; }
  auto begin() const { return dense_.begin(); }
  auto end() const { return dense_.begin() + count_; }

 private:
  std::vector<std::uint32_t> dense_, sparse_;
  std::uint32_t count_ = 0;
};

bool assertion_holds(Op op, std::string_view text, std::size_t pos) {
  if (op == Op::kTextStart) return pos == 0;
  if (op == Op::kTextEnd) return pos == text.size();
  const bool boundary = (pos > 0 && kWordBytes[static_cast<unsigned char>(text[pos - 1])]) !=
                        (pos < text.size() && kWordBytes[static_cast<unsigned char>(text[pos])]);
  return boundary == (op == Op::kWordBoundary);
}

// Adds the thread at `pc` and every instruction it reaches without consuming a byte, with an
// explicit stack; true when one of them is the match. An instruction already in the set is
// skipped, which both bounds the work per step and ends empty loops such as (a*)*.
bool add_thread(const std::vector<Inst>& program, ThreadSet& threads, std::uint32_t pc,
                std::string_view text, std::size_t pos, std::vector<std::uint32_t>& stack) {
  if (program[pc].op == Op::kByte) return threads.insert(pc), false;  // the common case, quick
  stack.assign(1, pc);
  while (!stack.empty()) {
    pc = stack.back();
    stack.pop_back();
    if (!threads.insert(pc)) continue;
    const Inst& inst = program[pc];
    switch (inst.op) {
      case Op::kMatch:
        return true;
      case Op::kByte:
        break;  // waits for the next byte
      case Op::kSplit:
        stack.push_back(inst.y);
        [[fallthrough]];
      case Op::kJump:
        stack.push_back(inst.x);
        break;
      default:
        if (assertion_holds(inst.op, text, pos)) stack.push_back(pc + 1);
    }
  }
  return false;
}

}  // namespace

std::optional<SafeRegex> SafeRegex::compile(std::string_view pattern, std::string& error) {
  try {
    if (pattern.size() > kMaxRegexBytes) {
      throw PatternError{kMaxRegexBytes + 1,
                         fmt::format("the pattern is longer than {} bytes", kMaxRegexBytes)};
    }
    const Node root = Parser(pattern).parse();
    Compiler compiler;
    compiler.emit(root);
    compiler.push({.op = Op::kMatch}, root);
    return SafeRegex(std::move(compiler.program));
  } catch (const PatternError& e) {
    error = fmt::format("column {}: {}", e.column, e.message);
    return std::nullopt;
  }
}

bool SafeRegex::search(std::string_view text) const {
  ThreadSet first(program_.size()), second(program_.size());
  ThreadSet *current = &first, *next = &second;  // swapped per byte, so swapped as pointers
  std::vector<std::uint32_t> stack;
  // With a leading ^, a thread started after the first byte dies at once: stop when none is left.
  const bool anchored = program_.front().op == Op::kTextStart;
  for (std::size_t pos = 0;; ++pos) {
    if (pos == 0 || !anchored) {
      if (add_thread(program_, *current, 0, text, pos, stack)) return true;  // a match from here
    }
    if (pos == text.size() || current->empty()) return false;
    const auto byte = static_cast<unsigned char>(text[pos]);
    next->clear();
    for (std::uint32_t pc : *current) {
      const Inst& inst = program_[pc];
      if (inst.op == Op::kByte && inst.bytes[byte] &&
          add_thread(program_, *next, pc + 1, text, pos + 1, stack)) {
        return true;
      }
    }
    std::swap(current, next);
  }
}

}  // namespace arcollect
