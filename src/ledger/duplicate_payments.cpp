#include "ledger/duplicate_payments.hpp"

#include <fmt/format.h>

#include <map>
#include <tuple>
#include <unordered_map>

namespace arcollect {

namespace {

using PaymentKey = std::tuple<int, std::string, Date, std::string, std::int64_t, std::string>;

PaymentKey key_of(const RecordedPayment& p) {
  return {static_cast<int>(p.kind), p.customer, p.date, p.currency, p.minor, p.ref};
}

std::string where(const Book& book, SourcePos pos) {
  return fmt::format("{}:{}:{}", book.files[pos.file], pos.line, pos.column);
}

void warn(const Book& book, SourcePos at, std::string message, std::vector<Diagnostic>& out) {
  out.push_back(diagnostic_at(Severity::warning, DiagCode::likely_duplicate, book.files[at.file],
                              at, std::move(message)));
}

const char* kind_word(PaymentKind kind) {
  return kind == PaymentKind::credit ? "credit note" : "payment";
}

}  // namespace

std::vector<RecordedPayment> recorded_payments(const Book& book) {
  std::vector<RecordedPayment> out;
  // (file, kind, customer, date, currency, ref) → index in out
  std::map<std::tuple<std::uint32_t, int, std::string, Date, std::string, std::string>, std::size_t>
      groups;
  for (std::size_t i = 0; i < book.payments.size(); ++i) {
    const Payment& p = book.payments[i];
    auto [it, inserted] = groups.try_emplace(
        {p.pos.file, static_cast<int>(p.kind), p.customer, p.date, p.amount.currency, p.ref},
        out.size());
    if (inserted) out.push_back({p.kind, p.customer, p.date, p.amount.currency, 0, p.ref, i});
    // Amounts are at most 10^13 and a currency's total at most 10^17 (ledger/limits.hpp),
    // so this sum cannot wrap.
    out[it->second].minor += p.amount.minor;
  }
  return out;
}

std::optional<RecordedPayment> same_payment(const Book& book, const RecordedPayment& candidate) {
  const PaymentKey wanted = key_of(candidate);
  for (const RecordedPayment& p : recorded_payments(book))
    if (key_of(p) == wanted) return p;
  return std::nullopt;
}

std::optional<std::size_t> payment_with_bank_id(const Book& book, const std::string& bank_id) {
  if (bank_id.empty()) return std::nullopt;
  for (std::size_t i = 0; i < book.payments.size(); ++i)
    if (book.payments[i].bank_id == bank_id) return i;
  return std::nullopt;
}

void note_duplicate_payments(const Book& book, bool amounts_reliable,
                             std::vector<Diagnostic>& diagnostics) {
  // A bank_id twice is sure: an error, so that no total counts the money twice. A record named
  // by it is not named again below.
  std::unordered_map<std::string, std::size_t> bank_ids;
  std::vector<bool> named(book.payments.size(), false);
  for (std::size_t i = 0; i < book.payments.size(); ++i) {
    const Payment& p = book.payments[i];
    if (p.bank_id.empty()) continue;
    auto [it, inserted] = bank_ids.try_emplace(p.bank_id, i);
    if (inserted) continue;
    // One payment split over the invoices it pays is several records of one file, each naming
    // another invoice (or none, for the rest): one transaction, so one bank_id. A record copied
    // whole is a duplicate.
    const Payment& first = book.payments[it->second];
    if (p.pos.file == first.pos.file && p.customer == first.customer && p.date == first.date &&
        p.kind == first.kind && p.invoice != first.invoice)
      continue;
    named[i] = true;
    diagnostics.push_back(diagnostic_at(
        Severity::error, DiagCode::duplicate_bank_id, book.files[p.bank_id_pos.file], p.bank_id_pos,
        fmt::format("bank_id '{}' is also at {}: one bank transaction recorded twice (two clones "
                    "may each have imported it); delete one of the two records (`git rm` its "
                    "file if it holds nothing else)",
                    p.bank_id, where(book, first.bank_id_pos))));
  }
  if (!amounts_reliable) return;           // amounts in error read as 0, and would look alike
  std::map<PaymentKey, std::size_t> seen;  // → index into Book::payments of the first record
  for (const RecordedPayment& p : recorded_payments(book)) {
    auto [it, inserted] = seen.try_emplace(key_of(p), p.first);
    if (inserted || named[p.first]) continue;
    warn(book, book.payments[p.first].pos,
         fmt::format("this {} is also recorded at {} (same customer, date, amount and ref); "
                     "if it was recorded twice, remove one of the two files (git "
                     "rm), else give each its own ref",
                     kind_word(p.kind), where(book, book.payments[it->second].pos)),
         diagnostics);
  }
}

}  // namespace arcollect
