#include "collect/bank_import.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "collect/payment.hpp"
#include "ledger/duplicate_payments.hpp"
#include "ledger/limits.hpp"

namespace arcollect {

namespace {

// Invoice numbers as banks pass them on: in any case, with or without their dashes and
// points ("INV-2026-041", "inv2026041"). Numbers of fewer than three such characters, or
// without a digit, would match ordinary words and are never looked for.
std::string number_key(std::string_view text) {
  std::string key;
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') digit = true;
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
      key += c;
    else if (c >= 'a' && c <= 'z')
      key += static_cast<char>(c - 'a' + 'A');
  }
  return digit && key.size() >= 3 ? key : "";
}

bool number_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
         c == '_' || c == '.' || c == '/';
}

class InvoiceNumbers {
 public:
  explicit InvoiceNumbers(const Book& book) {
    for (std::size_t i = 0; i < book.invoices.size(); ++i)
      if (std::string key = number_key(book.invoices[i].id); !key.empty())
        by_key_[key].push_back(i);
  }

  // The invoices whose numbers stand in `text` as words of their own, in order of appearance:
  // each word whole, else its parts between slashes ("INV-1/INV-2").
  std::vector<std::size_t> found_in(std::string_view text) const {
    std::vector<std::size_t> found;
    auto add = [&](std::string_view word) {
      auto it = by_key_.find(number_key(word));
      if (it == by_key_.end()) return false;
      for (std::size_t i : it->second)
        if (std::find(found.begin(), found.end(), i) == found.end()) found.push_back(i);
      return true;
    };
    std::size_t at = 0;
    while (at < text.size()) {
      if (!number_char(text[at])) {
        ++at;
        continue;
      }
      std::size_t end = at;
      while (end < text.size() && number_char(text[end])) ++end;
      const std::string_view word = text.substr(at, end - at);
      if (!add(word))
        for (std::size_t from = 0; from <= word.size();) {
          const std::size_t slash = std::min(word.find('/', from), word.size());
          if (slash > from) add(word.substr(from, slash - from));
          from = slash + 1;
        }
      at = end;
    }
    return found;
  }

 private:
  std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
};

// The invoices named in the line, when they are all one customer's and in the line's currency.
std::vector<std::size_t> named_invoices(const Book& book, const InvoiceNumbers& numbers,
                                        const BankLine& line) {
  std::vector<std::size_t> found = numbers.found_in(line.reference);
  for (std::size_t i : numbers.found_in(line.description))
    if (std::find(found.begin(), found.end(), i) == found.end()) found.push_back(i);
  std::erase_if(found,
                [&](std::size_t i) { return book.invoices[i].amount.currency != line.currency; });
  for (std::size_t i : found)
    if (book.invoices[i].customer != book.invoices[found.front()].customer) return {};
  return found;
}

// A payment recorded without a bank_id, as a statement line would match it.
using HandKey = std::tuple<std::size_t, Date, std::string, std::int64_t>;

const CustomerRule* matching_rule(const std::vector<CustomerRule>& rules, const BankLine& line) {
  for (const CustomerRule& rule : rules) {
    const bool description =
        rule.field != MatchField::reference && rule.pattern.search(line.description);
    const bool reference =
        rule.field != MatchField::description && rule.pattern.search(line.reference);
    if (description || reference) return &rule;
  }
  return nullptr;
}

bool has_invoice_in(const Book& book, std::size_t c, const std::string& currency) {
  for (std::size_t i : book.by_customer[c].invoices)
    if (book.invoices[i].amount.currency == currency) return true;
  return false;
}

// The one open invoice of customer `c` that owes exactly the line's amount, if there is one.
// Not while a live plan covers one of its invoices (the payment rule pays the plan first), and
// never a disputed one (the payment rule waits for the dispute's end).
std::optional<std::size_t> exact_open_amount(const AccountState& state, const Allocation& working,
                                             std::size_t c, const BankLine& line) {
  const Book& book = state.book;
  std::optional<std::size_t> found;
  for (std::size_t i : book.by_customer[c].invoices)
    if (working.balance(book, i) > 0 && state.live_plan(i)) return std::nullopt;
  for (std::size_t i : book.by_customer[c].invoices) {
    const Invoice& inv = book.invoices[i];
    if (inv.amount.currency != line.currency || inv.issued > state.today) continue;
    if (state.disputed(i) || working.balance(book, i) != line.amount_minor) continue;
    if (found) return std::nullopt;  // two invoices owe that much: the payment rule decides
    found = i;
  }
  return found;
}

// The payment's ref: the bank's reference, else its description, cut to the length of an id
// at a character boundary.
std::string payment_ref(const BankLine& line) {
  std::string ref = line.reference.empty() ? line.description : line.reference;
  if (ref.size() <= kMaxIdBytes) return ref;
  std::size_t cut = kMaxIdBytes;
  while (cut > 0 && (static_cast<unsigned char>(ref[cut]) & 0xC0) == 0x80) --cut;
  return ref.substr(0, cut);
}

}  // namespace

ImportPlan plan_import(const AccountState& state, const BankStatement& statement,
                       const std::vector<std::string>& bank_ids,
                       const std::vector<CustomerRule>& rules) {
  const Book& book = state.book;
  const InvoiceNumbers numbers(book);
  // bank_id -> the payment that carries it; none for a line earlier in this statement.
  std::unordered_map<std::string, std::optional<std::size_t>> recorded_ids;
  for (std::size_t p = 0; p < book.payments.size(); ++p)
    if (!book.payments[p].bank_id.empty()) recorded_ids.try_emplace(book.payments[p].bank_id, p);
  std::map<HandKey, std::vector<std::size_t>> by_hand;
  for (const RecordedPayment& p : recorded_payments(book))
    if (p.kind == PaymentKind::payment && book.payments[p.first].bank_id.empty())
      by_hand[HandKey{book.customer_index.at(p.customer), p.date, p.currency, p.minor}].push_back(
          p.first);
  // What this import pays, on top of the ledger's own payments, so that two lines of one
  // statement do not both pay the same invoice by its open amount.
  Allocation working = state.allocation;

  ImportPlan plan;
  for (std::size_t n = 0; n < statement.lines.size(); ++n) {
    ImportedLine out;
    out.line = statement.lines[n];
    out.bank_id = bank_ids.at(n);
    const BankLine& line = out.line;
    if (auto it = recorded_ids.find(out.bank_id); it != recorded_ids.end()) {
      out.outcome = LineOutcome::already_recorded;
      out.recorded_as = it->second;
    } else if (line.amount_minor <= 0) {
      out.outcome = LineOutcome::money_out;
    } else if (std::vector<std::size_t> named = named_invoices(book, numbers, line);
               !named.empty()) {
      // The numbers say whose money it is; the payment names those that are still open.
      out.customer = book.customer_index.at(book.invoices[named.front()].customer);
      out.matched_by = MatchedBy::invoice_number;
      out.number_found = book.invoices[named.front()].id;
      for (std::size_t i : named)
        if (book.invoices[i].issued <= state.today && working.balance(book, i) > 0)
          out.invoices.push_back(i);
      out.outcome = LineOutcome::recorded;
    } else if (const CustomerRule* rule = matching_rule(rules, line)) {
      out.customer = rule->customer;
      out.rule_line = rule->line;
      if (!has_invoice_in(book, rule->customer, line.currency)) {
        out.outcome = LineOutcome::no_invoices;
      } else {
        out.outcome = LineOutcome::recorded;
        if (auto exact = exact_open_amount(state, working, rule->customer, line)) {
          out.invoices = {*exact};
          out.exact_amount = true;
        }
      }
    } else {
      out.outcome = LineOutcome::no_customer;
    }

    // The same money recorded by hand (`pay`, no bank_id): the same customer, day and amount.
    if (out.outcome == LineOutcome::recorded) {
      auto it = by_hand.find(HandKey{*out.customer, line.date, line.currency, line.amount_minor});
      if (it != by_hand.end() && !it->second.empty()) {
        out.outcome = LineOutcome::already_recorded;
        out.recorded_as = it->second.front();
        out.by_hand = true;
        it->second.erase(it->second.begin());
      }
    }
    if (out.outcome == LineOutcome::recorded) {
      PaymentRequest request;
      request.customer = *out.customer;
      request.amount = Money{line.amount_minor, line.currency};
      request.date = line.date;
      request.invoices = out.invoices;
      request.ref = payment_ref(line);
      for (Payment& p : payment_records(book, working, request)) {
        p.bank_id = out.bank_id;
        if (!p.invoice.empty()) working.paid[book.invoice_index.at(p.invoice)] += p.amount.minor;
        plan.payments.push_back(std::move(p));
      }
      recorded_ids.try_emplace(out.bank_id, std::nullopt);
    }
    switch (out.outcome) {
      case LineOutcome::recorded:
        ++plan.recorded;
        break;
      case LineOutcome::already_recorded:
        ++plan.already_recorded;
        break;
      case LineOutcome::money_out:
        ++plan.money_out;
        break;
      default:
        ++plan.unmatched;
    }
    plan.lines.push_back(std::move(out));
  }
  return plan;
}

}  // namespace arcollect
