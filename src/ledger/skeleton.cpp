#include "ledger/skeleton.hpp"

#include <fmt/format.h>

#include "ledger/record_writer.hpp"

namespace arcollect {

namespace {

constexpr const char* kSettings =
    R"(# arcollect ledger settings. Every other *.toml file below this folder holds
# records: [[customer]], [[invoice]], [[payment]], [[credit]], [[contact]], [[plan]].
# arcollect-ledger(5) describes every field.

[business]
name = {name}
email = "accounts@example.com"          # the sender of reminder emails
address = ["1 High Street", "Town AB1 2CD"]
currency = {currency}                   # ISO 4217; amounts without a currency are in it
jurisdiction = {jurisdiction}           # uk de fr nl ie es it at be eu none: the interest law
payment_details = "Sort code 00-00-00, account 00000000"  # remittance details on letters
# payment_url = "https://pay.example/you"                 # optional payment link
# phone = "+44 20 7946 0000"            # on letters that ask the customer to call
# signer = "Your Name"                  # who signs letters; else yours, from config.toml
# signer_title = "Director"

[defaults]
terms_days = 30                         # issue to due, when an invoice gives no `due`
# late_fee = {{ percent = 5 }}            # or {{ amount = 25.00 }}
# early_discount = {{ percent = 2, days = 10 }}   # "2/10 net 30"
notice_days = 7                         # days a notice of legal action gives to pay

[aging]
basis = "due"                           # due | issued: what an invoice's age counts from
buckets = [30, 60, 90]                  # current, 1-30, 31-60, 61-90, 90+ days

# [interest]                            # a contractual rate instead of the statutory one
# rate = 1.5                            # percent
# per = "month"                         # month | year
# base_rates = [{{ from = 2025-12-18, rate = 3.75 }}]  # central-bank changes arcollect lacks,
# rates_known_until = 2026-11-04        # and to when; better: `arcollect rates add`

# The escalation ladder. Without any [[ladder]] the built-in one is used:
# courtesy -3, reminder +1, call-ap +7, firm +14, call-finance +21, buyer +28,
# hold +30, final +45, notice +60, agency +75 (days from the due date).
# [[ladder]]
# name = "courtesy"
# day = -3                              # days relative to the due date
# action = "email"                      # email | call | letter | hold | notice | agency | visit
# to = "ap"                             # ap | finance | buyer | other
# cc = "finance"                        # optional
# template = "courtesy"                 # templates/<name>.txt overrides the built-in text

# Another cadence, for customers with ladder = "strict" (`arcollect segment` suggests whom):
# [[ladder_sets.strict]]
# name = "reminder"
# day = 1
# action = "email"
# to = "ap"

# When actions fall due. Every value below is the default.
# [due]
# workdays = ["mon", "tue", "wed", "thu", "fri"]  # nothing falls due on other days
# holidays = ["england-and-wales", 2026-12-24]    # shipped calendars and dates (uk: the first)
# cooldown_days = 5                     # at least this long between two steps for a customer
# promise_grace_days = 2                # a promise is broken this long after its date
# plan_grace_days = 3                   # an installment is missed this long after its date
# plan_notice_days = 3                  # a courtesy reminder this long before an installment
# courtesy_call_over = 5000             # call, not email, before an invoice this large
# priority = "amount-days"              # amount-days | amount | days: the agenda's order

# [invoices]
# id_format = "INV-{{year}}-{{seq:03}}"     # how `arcollect invoice` numbers; default: as yours

# The accounts `arcollect export` posts to. Every value below is the default.
# [export]
# receivable = "assets:receivable"      # one sub-account per customer
# income = "income:sales"
# bank = "assets:bank"
# credit_notes = "income:sales:credit-notes"
# opening = "equity:opening-balances"

# [letters]
# money = "symbol"                      # symbol: £350.00 | code: 350.00 GBP
# language = "en"                       # en | de; a customer's own language comes first

# [mail]
# Nothing here: the program that sends mail (sendmail_command) is yours to choose, in
# ~/.config/arcollect/config.toml or ARCOLLECT_SENDMAIL, never in a ledger others can edit.
)";

constexpr const char* kCustomer = R"(# One customer per file. arcollect-ledger(5) lists every field.
[[customer]]
id = "example"                          # what invoices and payments refer to
name = "Example Customer Ltd"
kind = "business"                       # business | individual
email = "accounts@customer.example"
# terms_days = 45                       # overrides [defaults] terms_days
# credit_limit = 10000
# payment_run = "last friday"           # "25", "1,15", "last friday", "every tuesday"
# paused_until = 2026-12-01

[[customer.contact]]
name = "Alex Example"
role = "ap"                             # ap | finance | buyer | other
email = "alex@customer.example"
phone = "+44 20 0000 0000"
)";

constexpr const char* kInvoice = R"(# One invoice per file. Replace or delete this example.
[[invoice]]
id = "INV-0001"
customer = "example"
issued = {issued}
due = {due}                       # optional: issued + terms_days
amount = 1200.00
description = "Example work"
# po = "PO-12345"
)";

// The ledger lock is flock(2) on the ledger folder itself: it leaves no file to ignore.
constexpr const char* kGitignore =
    R"(# arcollect: letters drafted with --out, and interrupted writes (the ledger lock is
# taken on this folder itself and leaves no file behind)
/drafts/
.*.toml.??????
)";

// LF in every clone, whatever core.autocrlf says: a record reads the same on every machine,
// and a merge never differs on line ends alone.
constexpr const char* kGitattributes =
    R"(# arcollect: ledger files keep LF line ends in every clone
*.toml text eol=lf
*.txt text eol=lf
)";

}  // namespace

std::vector<SkeletonFile> ledger_skeleton(const SkeletonOptions& options) {
  std::string year = std::to_string(year_of(options.today));
  return {
      {"customers/example.toml", kCustomer, false},
      {"invoices/" + year + "/INV-0001.toml",
       fmt::format(kInvoice, fmt::arg("issued", format_date(options.today)),
                   fmt::arg("due", format_date(add_days(options.today, 30)))),
       false},
      {".gitignore", kGitignore, true},
      {".gitattributes", kGitattributes, true},
      // Last: until arcollect.toml exists the folder is no ledger, so an interrupted init
      // leaves nothing that half-works.
      {"arcollect.toml",
       fmt::format(kSettings, fmt::arg("name", toml_string(options.business_name)),
                   fmt::arg("currency", toml_string(options.currency)),
                   fmt::arg("jurisdiction", toml_string(options.jurisdiction))),
       false},
  };
}

}  // namespace arcollect
