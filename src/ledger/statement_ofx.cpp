#include "ledger/statement_ofx.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include "ledger/error.hpp"
#include "ledger/limits.hpp"
#include "ledger/money.hpp"
#include "ledger/text_encoding.hpp"

namespace arcollect {

namespace {

constexpr std::string_view kAggregates[] = {
    "OFX",   "STMTRS",   "CCSTMTRS",     "BANKTRANLIST", "STMTTRN",  "BANKACCTFROM", "CCACCTFROM",
    "PAYEE", "CURRENCY", "ORIGCURRENCY", "BANKACCTTO",   "CCACCTTO", "STMTTRNRS",    "CCSTMTTRNRS"};
constexpr std::string_view kLeaves[] = {
    "TRNTYPE", "DTPOSTED", "TRNAMT",       "FITID",         "NAME",   "MEMO",   "CURDEF",  "CURSYM",
    "CURRATE", "ACCTID",   "CORRECTFITID", "CORRECTACTION", "DTUSER", "REFNUM", "CHECKNUM"};

bool one_of(std::string_view name, auto& names) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

void decode_entities(std::string_view text, std::string& out) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"},   {"&lt;", "<"},   {"&gt;", ">"},
      {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", " "}};
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    bool done = false;
    for (auto [entity, value] : kNamed)
      if (!done && text.substr(i, entity.size()) == entity) {
        out += value;
        i += entity.size();
        done = true;
      }
    // A numeric reference ends within 10 bytes: look no further, or a value of N '&' would
    // cost N^2 (found by fuzz_ofx).
    const std::size_t near = text.substr(i, 11).find(';');
    const std::size_t semi = near == std::string_view::npos ? near : i + near;
    if (!done && text.substr(i, 2) == "&#" && semi != std::string_view::npos) {
      const bool hex = i + 2 < text.size() && (text[i + 2] == 'x' || text[i + 2] == 'X');
      unsigned long code = 0;
      bool digits = semi > i + 2 + (hex ? 1 : 0);
      for (std::size_t k = i + 2 + (hex ? 1 : 0); k < semi && digits; ++k) {
        const char c = text[k];
        const int d = c >= '0' && c <= '9'          ? c - '0'
                      : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                    : -1;
        digits = d >= 0;
        code = code * (hex ? 16 : 10) + static_cast<unsigned long>(d < 0 ? 0 : d);
      }
      // Printable ASCII and Latin-1 only: anything else stays as written.
      if (digits && ((code >= 0x20 && code < 0x7F) || (code >= 0xA0 && code <= 0xFF))) {
        if (code < 0x80) {
          out += static_cast<char>(code);
        } else {
          out += static_cast<char>(0xC0 | (code >> 6));
          out += static_cast<char>(0x80 | (code & 0x3F));
        }
        i = semi + 1;
        done = true;
      }
    }
    if (!done) out += text[i++];
  }
}

struct Correction {
  std::string fitid, action;
};

class OfxReader {
 public:
  OfxReader(std::string_view text, const std::string& origin) : text_(text), origin_(origin) {}

  BankStatement run() {
    while (next_tag()) {
    }
    while (!stack_.empty()) pop();
    if (!saw_statement_)
      throw Error(
          fmt::format("{}: holds no bank or credit-card statement (no <STMTRS> or "
                      "<CCSTMTRS>); export a statement from the bank as OFX",
                      origin_));
    apply_corrections();
    return std::move(result_);
  }

 private:
  struct Transaction {
    std::uint32_t line = 0;
    std::optional<std::string> posted, amount;
    std::string fitid, name, memo, currency, orig_currency;
    Correction correction;
  };

  [[noreturn]] void fail(std::uint32_t line, const std::string& message) const {
    throw Error(fmt::format("{}:{}: {}", origin_, line, message));
  }

  void advance_to(std::size_t to) {
    line_ += static_cast<std::uint32_t>(std::count(text_.begin() + static_cast<long>(pos_),
                                                   text_.begin() + static_cast<long>(to), '\n'));
    pos_ = to;
  }

  // Past `end` (e.g. "-->"), or to the end of the text.
  void skip_past(std::string_view end) {
    const std::size_t at = text_.find(end, pos_);
    advance_to(at == std::string_view::npos ? text_.size() : at + end.size());
  }

  // The tag name at pos_ (after "<" or "</"), upper-cased; pos_ moves past the closing ">".
  std::string tag_name() {
    std::size_t end = pos_;
    while (end < text_.size() && text_[end] != '>' && text_[end] != '<' && text_[end] != ' ' &&
           text_[end] != '\t' && text_[end] != '\r' && text_[end] != '\n' && text_[end] != '/')
      ++end;
    std::string name = ascii_upper(text_.substr(pos_, std::min<std::size_t>(end - pos_, 64)));
    std::size_t close = text_.find_first_of("<>", end);
    if (close == std::string_view::npos) close = text_.size();
    self_closing_ = close > pos_ && text_[close - 1] == '/';
    advance_to(close < text_.size() && text_[close] == '>' ? close + 1 : close);
    return name;
  }

  // Text and CDATA up to the next tag, entities decoded; `data` says whether any was seen.
  std::string value(bool& data) {
    std::string out;
    data = false;
    while (pos_ < text_.size()) {
      if (text_.substr(pos_, 9) == "<![CDATA[") {
        const std::size_t end = text_.find("]]>", pos_ + 9);
        const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
        out += text_.substr(pos_ + 9, stop - pos_ - 9);
        data = true;
        advance_to(std::min(text_.size(), stop + 3));
      } else if (text_[pos_] == '<') {
        break;
      } else {
        std::size_t end = text_.find('<', pos_);
        if (end == std::string_view::npos) end = text_.size();
        decode_entities(text_.substr(pos_, end - pos_), out);
        advance_to(end);
      }
      if (out.size() > kMaxStringBytes) fail(line_, "a value is longer than 65,536 bytes");
    }
    return out;
  }

  bool next_tag() {
    const std::size_t at = text_.find('<', pos_);
    if (at == std::string_view::npos) return false;
    advance_to(at);
    const std::string_view rest = text_.substr(pos_);
    if (rest.starts_with("<!--")) {
      skip_past("-->");
    } else if (rest.starts_with("<?")) {
      skip_past("?>");
    } else if (rest.starts_with("<![CDATA[")) {
      skip_past("]]>");
    } else if (rest.starts_with("<!")) {
      skip_past(">");
    } else if (rest.starts_with("</")) {
      advance_to(pos_ + 2);
      close(tag_name());
    } else {
      const std::uint32_t line = line_;
      advance_to(pos_ + 1);
      open(tag_name(), line);
    }
    return true;
  }

  bool closing_tag_of(const std::string& name) const {
    const std::string_view rest = text_.substr(pos_, name.size() + 3);
    return rest.size() == name.size() + 3 && rest.starts_with("</") &&
           ascii_upper(rest.substr(2, name.size())) == name && rest.back() == '>';
  }

  void open(const std::string& name, std::uint32_t line) {
    if (name.empty()) return;
    if (self_closing_) return leaf(name, "");
    if (one_of(name, kAggregates)) return push(name, line);
    bool data = false;
    const std::string raw = value(data);
    const std::string_view text = trim(raw);
    if (!text.empty() || data || closing_tag_of(name) || one_of(name, kLeaves)) {
      if (closing_tag_of(name)) advance_to(pos_ + name.size() + 3);
      return leaf(name, std::string(text));
    }
    push(name, line);  // an aggregate this reader has no use for
  }

  void push(const std::string& name, std::uint32_t line) {
    if (stack_.size() >= static_cast<std::size_t>(kMaxNesting))
      fail(line, fmt::format("nested more than {} deep; is this an OFX file?", kMaxNesting));
    stack_.push_back(name);
    if (name == "STMTRS" || name == "CCSTMTRS") {
      saw_statement_ = true;
      curdef_.clear();
      account_.clear();
      statement_first_ = result_.lines.size();
    } else if (name == "STMTTRN") {
      if (transaction_) finish_transaction();
      transaction_ = Transaction{};
      transaction_->line = line;
    }
  }

  // A closing tag closes the aggregate it names and every one left open inside it (SGML).
  void close(const std::string& name) {
    const auto open = std::find(stack_.rbegin(), stack_.rend(), name);
    if (open == stack_.rend()) return;  // a leaf's closing tag, or a stray one
    const std::size_t keep = static_cast<std::size_t>(stack_.rend() - open) - 1;
    while (stack_.size() > keep) pop();
  }

  void pop() {
    const std::string name = std::move(stack_.back());
    stack_.pop_back();
    if (name == "STMTTRN" && transaction_) finish_transaction();
    if ((name == "STMTRS" || name == "CCSTMTRS")) finish_statement();
  }

  const std::string& parent() const {
    static const std::string none;
    return stack_.empty() ? none : stack_.back();
  }

  void leaf(const std::string& name, std::string value) {
    if (transaction_) {
      Transaction& t = *transaction_;
      if (name == "DTPOSTED") t.posted = std::move(value);
      if (name == "TRNAMT") t.amount = std::move(value);
      if (name == "FITID") t.fitid = std::move(value);
      if (name == "MEMO") t.memo = std::move(value);
      if (name == "NAME" && (parent() == "STMTTRN" || parent() == "PAYEE")) t.name = value;
      if (name == "CURSYM" && parent() == "CURRENCY") t.currency = value;
      if (name == "CURSYM" && parent() == "ORIGCURRENCY") t.orig_currency = value;
      if (name == "CORRECTFITID") t.correction.fitid = value;
      if (name == "CORRECTACTION") t.correction.action = ascii_upper(value);
      return;
    }
    if (name == "CURDEF") curdef_ = std::move(value);
    if (name == "ACCTID" && (parent() == "BANKACCTFROM" || parent() == "CCACCTFROM"))
      account_ = std::move(value);
  }

  std::string currency_of(const Transaction& t) const {
    std::string code = !t.currency.empty() ? t.currency
                       : !curdef_.empty()  ? curdef_
                                           : t.orig_currency;
    if (code.empty())
      fail(t.line,
           "the file gives no currency for this transaction (no <CURDEF> in its statement); add "
           "one after <STMTRS> or <CCSTMTRS>, e.g. <CURDEF>EUR</CURDEF>");
    code = ascii_upper(code);
    if (!valid_currency_code(code))
      fail(t.line, fmt::format("currency \"{}\" is not an ISO 4217 code; it should be three "
                               "letters, e.g. EUR",
                               code.substr(0, 20)));
    return code;
  }

  Date posted_date(const Transaction& t) const {
    if (!t.posted) fail(t.line, "this transaction has no <DTPOSTED>; the file is incomplete");
    const std::string& text = *t.posted;
    const bool digits = text.size() >= 8 && std::all_of(text.begin(), text.begin() + 8, [](char c) {
                          return c >= '0' && c <= '9';
                        });
    if (digits) {
      const int year = std::stoi(text.substr(0, 4));
      const unsigned month = static_cast<unsigned>(std::stoi(text.substr(4, 2)));
      const unsigned day = static_cast<unsigned>(std::stoi(text.substr(6, 2)));
      if (auto valid = valid_date(year, month, day)) return *valid;
    }
    fail(t.line, fmt::format("<DTPOSTED> \"{}\" is not a date; OFX dates start with YYYYMMDD",
                             text.substr(0, 40)));
  }

  void finish_transaction() {
    const Transaction t = std::move(*transaction_);
    transaction_.reset();
    BankLine line;
    line.line = t.line;
    line.date = posted_date(t);
    if (!t.amount) fail(t.line, "this transaction has no <TRNAMT>; the file is incomplete");
    std::string amount = *t.amount;
    if (amount.find('.') == std::string::npos) std::replace(amount.begin(), amount.end(), ',', '.');
    line.currency = currency_of(t);
    line.amount_minor =
        statement_amount(amount, line.currency, fmt::format("{}:{}", origin_, t.line));
    // Banks often repeat the payee at the start of the memo.
    const std::string name = collapse_whitespace(t.name), memo = collapse_whitespace(t.memo);
    line.description = memo.starts_with(name)   ? memo
                       : name.starts_with(memo) ? name
                                                : name + " " + memo;
    line.bank_id = collapse_whitespace(t.fitid);
    if (!t.correction.action.empty() && t.correction.action != "REPLACE" &&
        t.correction.action != "DELETE")
      fail(t.line, fmt::format("<CORRECTACTION> \"{}\" is neither REPLACE nor DELETE",
                               t.correction.action.substr(0, 40)));
    result_.lines.push_back(std::move(line));
    corrections_.push_back(t.correction);
  }

  void finish_statement() {
    if (result_.lines.size() == statement_first_) {
      if (!account_set_ && result_.account.empty()) result_.account = account_;
      return;
    }
    if (account_set_ && account_ != result_.account)
      fail(result_.lines[statement_first_].line,
           fmt::format("the file holds statements of two accounts (\"{}\" and \"{}\"); export "
                       "each account to a file of its own",
                       result_.account, account_.substr(0, 80)));
    result_.account = account_;
    account_set_ = true;
  }

  // REPLACE: the line named by CORRECTFITID is dropped; DELETE: it and the correction are.
  void apply_corrections() {
    std::vector<bool> keep(result_.lines.size(), true);
    std::unordered_map<std::string, std::vector<std::size_t>> earlier;  // kept lines by FITID
    for (std::size_t i = 0; i < result_.lines.size(); ++i) {
      const Correction& c = corrections_[i];
      if (!c.action.empty()) {
        const auto found = earlier.find(c.fitid);
        if (found != earlier.end()) {
          for (std::size_t k : found->second) keep[k] = false;
          earlier.erase(found);
        } else if (c.action == "DELETE") {
          fail(result_.lines[i].line,
               fmt::format("this line deletes transaction \"{}\", which is not in this file; "
                           "remove the payment recorded for it by hand, then this line",
                           c.fitid.substr(0, 80)));
        }
        if (c.action == "DELETE") keep[i] = false;
      }
      if (keep[i]) earlier[result_.lines[i].bank_id].push_back(i);
    }
    std::vector<BankLine> kept;
    for (std::size_t i = 0; i < result_.lines.size(); ++i)
      if (keep[i]) kept.push_back(std::move(result_.lines[i]));
    result_.lines = std::move(kept);
  }

  std::string_view text_;
  const std::string& origin_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  bool self_closing_ = false, saw_statement_ = false, account_set_ = false;
  std::vector<std::string> stack_;
  std::optional<Transaction> transaction_;
  std::string curdef_, account_;
  std::size_t statement_first_ = 0;
  BankStatement result_;
  std::vector<Correction> corrections_;
};

}  // namespace

bool looks_like_ofx(std::string_view bytes) {
  bytes = strip_utf8_bom(bytes);
  const std::size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  const std::string head = ascii_upper(bytes.substr(start, 1024));
  return head.starts_with("OFXHEADER") || head.starts_with("<OFX>") ||
         (head.starts_with("<?XML") &&
          (head.find("<?OFX") != std::string::npos || head.find("<OFX>") != std::string::npos));
}

BankStatement read_ofx(std::string_view bytes, const std::string& origin) {
  check_statement_size(bytes, origin);
  bytes = strip_utf8_bom(bytes);
  if (is_valid_utf8(bytes)) return OfxReader(bytes, origin).run();
  const std::string text = cp1252_to_utf8(bytes);
  return OfxReader(text, origin).run();
}

}  // namespace arcollect
