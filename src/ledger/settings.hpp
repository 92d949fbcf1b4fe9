// What arcollect.toml says: the business, defaults, aging buckets, the ladder, interest.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ledger/date.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/money.hpp"
#include "ledger/records.hpp"

namespace arcollect {

enum class AgingBasis { due, issued };
enum class LadderAction { email, call, letter, hold, notice, agency, visit };

struct Business {
  std::string name;
  std::string email;
  std::vector<std::string> address;
  std::string currency;  // required in arcollect.toml
  Jurisdiction jurisdiction = Jurisdiction::uk;
  std::string payment_details;
  std::string payment_url;
  std::string phone;   // printed on letters, where they ask the customer to call
  std::string signer;  // who signs letters, and their title
  std::string signer_title;
};

// A fee or discount given either as a percentage or as a fixed amount (business currency).
struct Charge {
  std::optional<Decimal> percent;
  std::optional<Decimal> amount;
  SourcePos pos;
};

struct EarlyDiscount {
  Decimal percent;
  int days = 0;
};

struct Defaults {
  int terms_days = 30;
  std::optional<Charge> late_fee;
  std::optional<EarlyDiscount> early_discount;
  int notice_days = 7;
};

struct AgingSettings {
  AgingBasis basis = AgingBasis::due;
  std::vector<int> buckets = {30, 60, 90};
};

struct LadderStep {
  std::string name;
  int day = 0;  // relative to the due date
  LadderAction action = LadderAction::email;
  std::string to;  // contact role; empty for actions that contact nobody
  std::string cc;
  std::string template_name;
  std::optional<Decimal> min_amount;
  std::optional<int> grace_days;
  std::optional<int> repeat_every;
  bool late_fee = false;  // letters from this step on charge [defaults] late_fee
  SourcePos pos;
};

// How `arcollect due` paces and ranks the chase.
struct DueSettings {
  int cooldown_days = 5;       // at least this long between two steps for one customer
  int promise_grace_days = 2;  // a promise is broken this long after its date
  int plan_grace_days = 3;     // an installment is missed this long after its date
  int plan_notice_days = 3;    // a courtesy this long before an installment falls due
  std::optional<Decimal> courtesy_call_over;  // call rather than email before a large invoice
  SourcePos courtesy_call_over_pos;
  enum class Priority { amount_days, amount, days } priority = Priority::amount_days;
  // Working days, by weekday (0 Sunday ... 6 Saturday): Monday to Friday unless [due] workdays
  // says otherwise. No action falls due on another day, nor on a holiday.
  std::array<bool, 7> workdays = {false, true, true, true, true, true, false};
  std::vector<Date> holidays;  // [due] holidays: dates, and those of the calendars it names
  std::vector<std::string> holiday_calendars;  // shipped calendars in use, e.g. england-and-wales
};

// A central-bank rate change the shipped history does not have yet.
struct BaseRate {
  Date from{};
  Decimal percent;
};

struct InterestSettings {
  std::optional<Decimal> rate;  // a contractual rate in percent, replacing the statutory one
  enum class Per { year, month } per = Per::year;
  std::vector<BaseRate> base_rates;       // extends the jurisdiction's central-bank rate history
  std::optional<Date> rates_known_until;  // and says up to when it is complete
};

// [invoices]: how `arcollect invoice` numbers new invoices (see ledger/invoice_numbers).
struct InvoiceSettings {
  std::string id_format;  // empty: the pattern of the ledger's own numbers
};

// [export]: the accounts `arcollect export` posts to (names as ledger and hledger write them;
// see render/journal_account for beancount's). Each is components of letters, digits and '-'
// joined by ':', the first one of assets, liabilities, equity, income or expenses.
struct ExportSettings {
  std::string receivable = "assets:receivable";  // one sub-account per customer
  std::string income = "income:sales";
  std::string bank = "assets:bank";
  std::string credit_notes = "income:sales:credit-notes";
  std::string opening = "equity:opening-balances";  // what was owed before --from
};

// [letters]: how letters are written.
struct LetterSettings {
  // "£350.00" (symbol, for GBP, EUR and USD) or "350.00 GBP" (code).
  enum class Money { symbol, code } money = Money::symbol;
  Language language = Language::en;  // a customer's own `language` comes first
};

struct Settings {
  Business business;
  Defaults defaults;
  AgingSettings aging;
  std::vector<LadderStep> ladder;  // never empty once loaded: the default ladder if none given
  std::map<std::string, std::vector<LadderStep>> ladder_sets;  // other cadences, by name
  DueSettings due;
  InterestSettings interest;
  InvoiceSettings invoices;
  ExportSettings exports;
  LetterSettings letters;
  // The line of each key arcollect.toml writes, as config.toml would name it:
  // "defaults.terms_days", "ladder_sets.strict"; a key not here is left to its default.
  std::map<std::string, std::uint32_t, std::less<>> lines;
};

// The words for ladder actions in arcollect.toml.
std::span<const std::pair<std::string_view, LadderAction>> ladder_action_names();
std::string_view ladder_action_name(LadderAction action);
// The words for the other choices arcollect.toml makes, for reading and for listing.
NameTable<AgingBasis> aging_basis_names();              // [aging] basis
NameTable<DueSettings::Priority> due_priority_names();  // [due] priority
NameTable<InterestSettings::Per> interest_per_names();  // [interest] per
NameTable<LetterSettings::Money> letter_money_names();  // [letters] money
NameTable<int> weekday_names();                         // [due] workdays: "sun" is 0

// The escalation ladder of design.md, used when arcollect.toml has no [[ladder]].
std::vector<LadderStep> default_ladder();

}  // namespace arcollect
