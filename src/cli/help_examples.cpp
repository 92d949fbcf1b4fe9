#include "cli/help_examples.hpp"

#include <array>

namespace arcollect::cli {

namespace {

struct Example {
  std::string_view command;  // "" for `arcollect --help`
  std::string_view line;
  std::string_view what;
};

// The everyday use first, then the option that matters most. The customers and invoices are the
// example ledger's (examples/studio; the bank statements are in examples/import), so each line
// can be tried there as written; the man pages' EXAMPLES sections show many of them with their
// output.
constexpr std::array kExamples = {
    Example{"", "arcollect init ~/books --name \"Harper & Vale Studio Ltd\"",
            "create a ledger in ~/books, with an example customer and invoice"},
    Example{"", "cd ~/books && arcollect due",
            "each morning: whom to email or call today, and why"},
    Example{"", "arcollect pay northwind 2500 --ref \"BACS 9911\"",
            "record a payment; it pays northwind's oldest invoice due first"},

    Example{"init", "arcollect init ~/books --name \"Harper & Vale Studio Ltd\" --currency GBP",
            "create a ledger in ~/books for your business, in sterling"},
    Example{"init", "arcollect init ~/books --git",
            "the same, kept in git, with a hook that checks each commit"},

    Example{"check", "arcollect check",
            "validate the ledger; prints nothing and exits 0 when it is clean"},
    Example{"check", "arcollect check --strict || exit 1",
            "in a pre-commit hook: stop the commit on warnings as well as errors"},
    Example{"check", "arcollect check --format json",
            "the problems as JSON, each with its file, line and column"},

    Example{"aging", "arcollect aging", "what each customer owes, by how long it is past due"},
    Example{"aging", "arcollect aging --by invoice --min-days 61 --format csv > overdue.csv",
            "the invoices more than 60 days past due, for a spreadsheet"},
    Example{"aging", "arcollect aging --chart",
            "the tables, then each customer's balance as a bar stacked by age"},

    Example{"due", "arcollect due --upcoming 7",
            "today's agenda, and what falls due in the next week"},
    Example{"due", "arcollect due --done firm greystone",
            "record that the firm reminder to greystone went out today"},
    Example{"due", "arcollect due --format eml --to me@example.com > digest.eml",
            "the morning digest as an email; empty when nothing is due"},

    Example{"log", "arcollect log northwind --step reminder",
            "the reminder email went out: the ladder moves on to the next step"},
    Example{"log", "arcollect log northwind --step call-ap --promise 2026-12-14:1200",
            "a call to accounts payable that ended in a promise of 1,200.00 by 14 Dec"},
    Example{"log", "arcollect log elmstead --invoice INV-2026-019 --dispute \"Usage rights\"",
            "elmstead disputes an invoice: it is not chased until --resolved is logged"},

    Example{"interest", "arcollect interest",
            "interest, compensation and fee on every late invoice, as of today"},
    Example{"interest", "arcollect interest northwind",
            "only northwind's, period by period, with the rate each rests on"},
    Example{"interest", "arcollect interest INV-2026-035 --format json",
            "one invoice's charges as JSON"},

    Example{"rates", "arcollect rates",
            "the Bank Rate history statutory interest rests on, and how far it is known"},
    Example{"rates", "arcollect rates --series all --format json",
            "every series arcollect knows, as JSON"},
    Example{"rates", "arcollect rates add boe 2026-12-17 3.5 --source https://bankofengland.co.uk",
            "record a Bank Rate decision: its day, its rate, where it was published"},

    Example{"customer", "arcollect customer list",
            "the customers, what each owes and the step due for each today"},
    Example{"customer", "arcollect customer add acme --name \"Acme Widgets Ltd\" --terms-days 45",
            "add a customer on 45-day terms, as a new file under customers/"},
    Example{"customer", "arcollect customer list --format csv > customers.csv",
            "the same list for a spreadsheet"},

    Example{"invoice", "arcollect invoice northwind 1200 --description \"Annual report layout\"",
            "invoice 1,200.00, numbered and due as the ledger and northwind's terms say"},
    Example{"invoice", "arcollect invoice northwind 1200 --dry-run",
            "print the invoice's file and write nothing"},
    Example{"invoice", "arcollect invoice kestrel 850.50 --id KST-7 --due 2026-12-31",
            "an invoice with a number and a due date of its own"},

    Example{"pay", "arcollect pay northwind 2500 --invoice INV-2026-036 --ref \"BACS 9911\"",
            "2,500.00 for INV-2026-036; what is over goes to the oldest invoice due"},
    Example{"pay", "arcollect pay kestrel 150 --credit --reason \"Banner reprint\"",
            "a credit note of 150.00 rather than a payment"},

    Example{"import", "arcollect import uk-bank.csv --rules uk-bank",
            "record a bank's CSV export, read as import/uk-bank.toml says"},
    Example{"import", "arcollect import bank.ofx --dry-run",
            "an OFX statement needs no rules; show what it would record, write nothing"},

    Example{"plan", "arcollect plan northwind --down 25% --every week --installments 6",
            "propose a quarter now and six weekly installments; nothing is written"},
    Example{"plan", "arcollect plan northwind --down 25% --every week --installments 6 --write",
            "record that plan under plans/"},
    Example{"plan", "arcollect plan --status",
            "where every recorded plan stands: paid, in arrears, next due"},

    Example{"statement", "arcollect statement northwind",
            "northwind's invoices, payments, running balance and contact history"},
    Example{"statement", "arcollect statement northwind --from 2026-09-01",
            "the same from 1 September, starting with the balance then"},
    Example{"statement", "arcollect statement copperleaf --format pdf > copperleaf.pdf",
            "copperleaf's statement as PDF, to post in a window envelope"},

    Example{"remind", "arcollect remind --format eml --out drafts",
            "write today's emails as files in drafts/, to look over first"},
    Example{"remind", "arcollect remind --send",
            "email them through sendmail, and log each one so the ladder moves on"},
    Example{"remind", "arcollect remind northwind --step final",
            "print northwind's final demand, whatever step is due"},

    Example{"notice", "arcollect notice northwind",
            "the notice for northwind: what it owes, the charges, and the deadline"},
    Example{"notice", "arcollect notice greystone --format pdf > notice.pdf",
            "greystone's notice as PDF, to print and post"},

    Example{"kpi", "arcollect kpi",
            "DSO, CEI and days to pay, from the first of the month 11 months ago"},
    Example{"kpi", "arcollect kpi --by month --chart",
            "a row for each month, then each figure's trend as a sparkline"},
    Example{"kpi", "arcollect kpi --from 2026-07-01 --to 2026-09-30", "one quarter's figures"},

    Example{"segment", "arcollect segment",
            "customers by how they pay, and the ladder each segment should be on"},
    Example{"segment", "arcollect segment --segment at-risk --format csv",
            "only the customers at risk, for a credit meeting"},

    Example{"forecast", "arcollect forecast",
            "cash expected in each of the next 13 weeks, with a low and a high"},
    Example{"forecast", "arcollect forecast --by invoice",
            "when each open invoice is expected to be paid, and why"},
    Example{"forecast", "arcollect forecast --weeks 8 --format csv > cash.csv",
            "eight weeks, for a spreadsheet"},

    Example{"export", "arcollect export --format hledger > ar.journal",
            "every invoice, payment and credit note as an hledger journal"},
    Example{"export", "arcollect export --format beancount --from 2026-01-01 > ar.beancount",
            "this year's, after an opening balance for each customer, for beancount"},

    Example{"config", "arcollect config",
            "every setting, its value and where it came from (a file and its line)"},
    Example{"config", "ARCOLLECT_COLOR=never arcollect config --format json",
            "the same as JSON, with the environment's colour over config.toml's"},
};

constexpr std::string_view kLineIndent = "  ";
constexpr std::string_view kWhatIndent = "      ";
constexpr std::size_t kTerminalWidth = 80;

// A line that wraps in an 80-column terminal is hard to copy; refuse it at compile time.
constexpr bool all_fit() {
  for (const Example& e : kExamples)
    if (kLineIndent.size() + e.line.size() > kTerminalWidth ||
        kWhatIndent.size() + e.what.size() > kTerminalWidth)
      return false;
  return true;
}
static_assert(all_fit(), "an example or its explanation is wider than 80 columns");

}  // namespace

std::string help_examples(std::string_view command) {
  std::string text;
  for (const Example& e : kExamples) {
    if (e.command != command) continue;
    if (text.empty()) text = "Examples:\n";
    text.append(kLineIndent).append(e.line).append("\n");
    text.append(kWhatIndent).append(e.what).append("\n");
  }
  return text;
}

}  // namespace arcollect::cli
