// The ledger's records, as design.md names them. Amounts are read as Decimal and become
// Money once the currency they are in is known (see resolve.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ledger/date.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/money.hpp"
#include "ledger/pay_run.hpp"

namespace arcollect {

enum class CustomerKind { business, individual };
// The languages letters are written in: built-in wording and the ledger's templates/LANG/.
enum class Language { en, de };
enum class ContactRole { ap, finance, buyer, other };
// The law statutory late-payment interest follows (collect/law holds each one's rules): the UK
// Act, eight member states' laws, the Directive's generic rule ("eu"), or none.
enum class Jurisdiction { uk, de, fr, nl, ie, es, it, at, be, eu, none };

struct ContactPerson {
  std::string name;
  ContactRole role = ContactRole::other;
  std::string email;
  std::string phone;
  std::string salutation;  // how a letter greets them: "Ms Nair", "Priya"; default the name
};

struct Customer {
  std::string id;
  std::string name;
  CustomerKind kind = CustomerKind::business;
  std::optional<int> terms_days;
  std::optional<Decimal> credit_limit_text;  // in the business currency
  std::optional<Money> credit_limit;         // resolved
  std::optional<PayRun> payment_run;
  std::string payment_run_text;
  std::string email;
  std::vector<std::string> address;
  std::optional<Date> paused_until;
  std::string pause_reason;
  std::vector<ContactPerson> contacts;
  std::string ladder;                        // a [ladder_sets] name; empty: the main ladder
  std::optional<Language> language;          // of its letters, when not [letters] language
  std::optional<Jurisdiction> jurisdiction;  // the law of its contracts, when not [business]
  SourcePos pos, id_pos, credit_limit_pos, ladder_pos;
};

struct Invoice {
  std::string id;
  std::string customer;
  Date issued{};
  std::optional<Date> due_given;
  Date due{};  // due_given, else issued + the customer's or the default terms
  Decimal amount_text;
  std::string currency;  // as written; empty means the business currency
  Money amount;          // resolved
  std::string po;
  std::string description;
  std::string dispute;
  bool incomplete = false;  // a required field is missing or bad: reported, not computed with
  SourcePos pos, id_pos, customer_pos, due_pos, amount_pos, currency_pos;
};

enum class PaymentKind { payment, credit };

struct Payment {
  PaymentKind kind = PaymentKind::payment;
  Date date{};
  std::string customer;
  std::string invoice;  // empty: applied to the oldest due first
  Decimal amount_text;
  std::string currency;  // as written; empty means the invoice's, else the business currency
  Money amount;          // resolved
  std::string ref;
  std::string reason;
  std::string bank_id;  // the bank's own id for the transaction, when it was imported
  SourcePos pos, customer_pos, invoice_pos, amount_pos, currency_pos, bank_id_pos;
};

// `internal`: something done in-house (a hold, a referral), not a contact with the customer.
enum class Channel { call, email, letter, visit, sms, meeting, internal };
enum class Outcome { none, no_answer, promise, dispute, resolved, paused, paid };

struct ContactEntry {
  Date date{};
  std::string customer;
  std::vector<std::string> invoices;  // empty: all the customer's open invoices
  Channel channel = Channel::call;
  std::string with;
  std::string step;
  Outcome outcome = Outcome::none;
  std::optional<Date> promise_date;
  std::optional<Decimal> promise_amount_text;
  std::optional<Money> promise_amount;  // resolved
  std::optional<Date> paused_until;
  std::string note;
  std::string message_id;
  // Written before an email is handed to the mail system and cleared once it took it: left
  // set, nobody knows whether it went (see `log --confirm`).
  bool sending = false;
  SourcePos pos, customer_pos, promise_amount_pos;
  std::vector<SourcePos> invoice_pos;
};

struct Installment {
  Date due{};
  Decimal amount_text;
  Money amount;  // resolved
  SourcePos pos;
};

struct Plan {
  std::string id;
  std::string customer;
  std::vector<std::string> invoices;
  Date agreed{};
  std::vector<Installment> installments;
  SourcePos pos, id_pos, customer_pos, installments_pos;
  std::vector<SourcePos> invoice_pos;
};

// The central-bank rates behind statutory interest that a ledger can record (collect/rates
// holds their shipped histories).
// boe: Bank of England Bank Rate; ecb: the ECB main refinancing rate; bbk: the Bundesbank's
// Basiszinssatz (§ 247 BGB); oenb: the Oesterreichische Nationalbank's Basiszinssatz. nl, es
// and be are whole statutory rates, margin included, as those states publish them each
// half-year: the Dutch wettelijke handelsrente, the Spanish tipo legal de interés de demora and
// the Belgian rate under the law of 2 August 2002.
enum class RateSeries { boe, ecb, bbk, oenb, nl, es, be };

// A central-bank rate decision recorded in the ledger (`arcollect rates add`): the rate in
// force from `from`, as published, and where it was published.
struct RateRecord {
  RateSeries series = RateSeries::boe;
  Date from{};
  Decimal percent;
  std::int64_t millionths = 0;  // percent, exactly: 3.5% is 35,000
  std::string source;
  SourcePos pos, from_pos, percent_pos;
};

// Does the plan's first installment fall due the day it was agreed (a payment now, under the
// plan)? Then that day's payments count towards the plan; otherwise a payment that day came
// before it and the plan covers what was left.
bool down_payment_in_plan(const Plan& plan);

// Is `id` of the form [a-z0-9][a-z0-9._-]*, as customer, plan, ladder-step and template
// names are (and so safe in a file name)?
bool is_slug(std::string_view id);

// The words the ledger uses for each choice, for reading and writing.
template <class E>
using NameTable = std::span<const std::pair<std::string_view, E>>;
NameTable<CustomerKind> customer_kind_names();
NameTable<ContactRole> role_names();
NameTable<Channel> channel_names();
NameTable<Outcome> outcome_names();
NameTable<RateSeries> rate_series_names();
NameTable<Language> language_names();
NameTable<Jurisdiction> jurisdiction_names();

template <class E>
std::string_view name_of(NameTable<E> table, E value) {
  for (const auto& [name, v] : table)
    if (v == value) return name;
  return "";
}

template <class E>
std::optional<E> value_of(NameTable<E> table, std::string_view name) {
  for (const auto& [n, v] : table)
    if (n == name) return v;
  return std::nullopt;
}

}  // namespace arcollect
