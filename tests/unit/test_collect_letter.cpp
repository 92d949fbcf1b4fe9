// What a letter covers: its invoices, charges, fee, deadline, addressee and thread.
#include <doctest/doctest.h>

#include "collect/letter.hpp"
#include "fixture.hpp"
#include "render/letter.hpp"
#include "render/letter_html.hpp"
#include "render/letter_words.hpp"

using namespace arcollect;

namespace {

const char* kSettingsText = R"([business]
name = "Studio Ltd"
email = "accounts@studio.example"
currency = "GBP"
jurisdiction = "uk"
[defaults]
late_fee = { percent = 5 }
notice_days = 7
)";

const char* kRecords = R"(
[[customer]]
id = "acme"
name = "Acme Ltd"
email = "office@acme.example"
[[customer.contact]]
name = "Ada"
role = "ap"
email = "ada@acme.example"
[[customer.contact]]
name = "Fin"
role = "finance"
email = "fin@acme.example"

[[customer]]
id = "sole"
name = "Sam Sole"
kind = "individual"
email = "sam@sole.example"

[[invoice]]
id = "A1"
customer = "acme"
issued = 2025-02-01
due = 2025-03-31
amount = 5000

[[invoice]]
id = "A2"
customer = "acme"
issued = 2025-06-01
due = 2025-07-01
amount = 800

[[payment]]
date = 2025-05-01
customer = "acme"
invoice = "A1"
amount = 2000

[[invoice]]
id = "S1"
customer = "sole"
issued = 2025-05-01
due = 2025-05-31
amount = 300

[[contact]]
date = 2025-06-02
customer = "acme"
channel = "email"
step = "reminder"
message_id = "<second@studio.example>"

[[contact]]
date = 2025-04-02
customer = "acme"
channel = "email"
step = "reminder"
message_id = "<first@studio.example>"
)";

struct Fixture {
  LoadResult loaded = test::load_texts({{"arcollect.toml", kSettingsText}, {"r.toml", kRecords}});
  Book& book = loaded.book;
  Letter draft(std::size_t c, const std::string& step_name, Date today) {
    REQUIRE(test::messages(loaded) == "");
    const AccountState state = account_state(book, today);
    for (const LadderStep& step : book.ladder_for(book.customers[c]))
      if (step.name == step_name) return draft_letter(state, c, step);
    return draft_letter(state, c, notice_step(book, c));
  }
};

}  // namespace

TEST_CASE("a notice claims the overdue debt with interest, compensation and the fee") {
  Fixture f;
  // As of 30 Jun 2025: A1 is 91 days late; 5,000 until 1 May, then 3,000; A2 not yet due.
  Letter letter = f.draft(0, "notice", make_date(2025, 6, 30));
  CHECK(letter.kind == LetterKind::notice);
  REQUIRE(letter.invoices.size() == 1);  // A2 is not due yet: a notice claims only debts due
  CHECK(f.book.invoices[letter.invoices[0].invoice].id == "A1");
  // 5,000 x 12.75% x 30/365 = 52.40 (1 to 30 Apr); 3,000 x 12.75% x 61/365 = 63.92.
  CHECK(letter.invoices[0].interest == 5240 + 6392);
  CHECK(letter.invoices[0].daily == 105);          // 3,000 x 12.75% / 365 = 1.048 -> 1.05
  CHECK(letter.invoices[0].compensation == 7000);  // a 5,000 invoice: 70 pounds
  CHECK(letter.invoices[0].late_fee == 15000);     // 5% of 3,000
  REQUIRE(letter.totals.size() == 1);
  CHECK(letter.totals[0].claim() == 300000 + 11632 + 7000 + 15000);
  CHECK(letter.deadline == make_date(2025, 7, 7));
  CHECK(letter.to_name == "Fin");
  CHECK(letter.to_email == "fin@acme.example");
  CHECK(letter.charges_fee);
}

TEST_CASE("the late fee is charged from the step that says so, not before") {
  Fixture f;
  Letter firm = f.draft(0, "firm", make_date(2025, 7, 10));
  CHECK_FALSE(firm.charges_fee);
  CHECK(firm.totals[0].late_fee == 0);
  CHECK(firm.invoices.size() == 2);  // a reminder covers what is not yet overdue too
  CHECK(firm.cc_email == "fin@acme.example");
  CHECK(firm.to_email == "ada@acme.example");
  Letter final_demand = f.draft(0, "final", make_date(2025, 7, 10));
  CHECK(final_demand.charges_fee);
  CHECK(final_demand.totals[0].late_fee > 0);
}

TEST_CASE("letters follow the customer's earlier emails, oldest first") {
  Fixture f;
  Letter letter = f.draft(0, "firm", make_date(2025, 7, 10));
  CHECK(letter.thread ==
        std::vector<std::string>{"<first@studio.example>", "<second@studio.example>"});
  // An email logged after the letter's date is not part of its thread.
  CHECK(f.draft(0, "firm", make_date(2025, 5, 1)).thread ==
        std::vector<std::string>{"<first@studio.example>"});
}

TEST_CASE("a UK individual gets the Pre-Action Protocol letter of claim with 30 days") {
  Fixture f;
  Letter letter = f.draft(1, "notice", make_date(2025, 7, 10));
  CHECK(letter.kind == LetterKind::letter_of_claim);
  CHECK(letter.reply_days == 30);
  CHECK(letter.deadline == make_date(2025, 8, 9));
  CHECK(letter.basis == InterestBasis::none);  // the Act is for business debts only
  CHECK(letter.totals[0].interest == 0);
  CHECK(template_for(letter) == "letter-of-claim");
  CHECK(letter.to_email == "sam@sole.example");  // no contacts: the customer's own address
  CHECK(letter.to_name.empty());
}

TEST_CASE("the letter's fields carry the figures and leave empty what does not apply") {
  Fixture f;
  Letter letter = f.draft(0, "notice", make_date(2025, 6, 30));
  TemplateValues v = letter_values(f.book, letter, LetterStyle::text);
  CHECK(v["overdue"] == "£3,000.00");
  CHECK(v["interest"] == "£116.32");
  CHECK(v["daily_interest"] == "£1.05");
  CHECK(v["compensation"] == "£70.00");
  CHECK(v["fee"] == "£150.00");
  CHECK(v["claim"] == "£3,336.32");
  CHECK(v["interest_rate"] == "12.75%");
  CHECK(v["deadline"] == "7 July 2025");
  CHECK(v["contact.name"] == "Fin");
  CHECK(v["fee_terms"] == "5% of the overdue balance");
  CHECK(v["discount"] == "");
  CHECK(v["invoices"].find("A1") != std::string::npos);
  Letter claim = f.draft(1, "notice", make_date(2025, 7, 10));
  TemplateValues c = letter_values(f.book, claim, LetterStyle::text);
  CHECK(c["law"] == "");
  CHECK(c["interest"] == "");
  CHECK(c["contact.name"] == "Sam Sole");
  CHECK(c["reply_days"] == "30");
  // [letters] money = "code" writes the currency's code after the amount.
  f.book.settings.letters.money = LetterSettings::Money::code;
  CHECK(letter_values(f.book, letter, LetterStyle::text)["claim"] == "3,336.32 GBP");
}

TEST_CASE("a letter greets and closes as the recipient calls for") {
  Fixture f;
  // Fin, the finance contact, by name: "Dear Fin", and a notice closes "Yours sincerely".
  Letter notice = f.draft(0, "notice", make_date(2025, 6, 30));
  TemplateValues v = letter_values(f.book, notice, LetterStyle::text);
  CHECK(v["salutation"] == "Dear Fin");
  CHECK(v["closing"] == "Yours sincerely");
  // An email closes "Kind regards" whoever it greets.
  CHECK(letter_values(f.book, f.draft(0, "firm", make_date(2025, 6, 30)),
                      LetterStyle::text)["closing"] == "Kind regards");
  // The contact's own salutation, when the ledger gives one.
  for (auto& person : f.book.customers[0].contacts) person.salutation = "Ms Finch";
  CHECK(letter_values(f.book, f.draft(0, "notice", make_date(2025, 6, 30)),
                      LetterStyle::text)["salutation"] == "Dear Ms Finch");
  // A firm with nobody on file: "Dear Sir or Madam" and "Yours faithfully".
  f.book.customers[0].contacts.clear();
  TemplateValues nobody =
      letter_values(f.book, f.draft(0, "notice", make_date(2025, 6, 30)), LetterStyle::text);
  CHECK(nobody["salutation"] == "Dear Sir or Madam");
  CHECK(nobody["closing"] == "Yours faithfully");
  // A sole trader is greeted by name.
  Letter claim = f.draft(1, "notice", make_date(2025, 7, 10));
  CHECK(letter_values(f.book, claim, LetterStyle::text)["salutation"] == "Dear Sam Sole");
}

TEST_CASE("the signature: signer and title when given, then the business") {
  Business b;
  b.name = "Harper & Vale";
  b.email = "a@hv.example";
  CHECK(signature_lines(b) == std::vector<std::string>{"Harper & Vale", "a@hv.example"});
  b.signer = "Ellen Harper";
  b.signer_title = "Director";
  b.phone = "+44 113 496 0718";
  CHECK(signature_lines(b) == std::vector<std::string>{"Ellen Harper", "Director", "Harper & Vale",
                                                       "a@hv.example", "+44 113 496 0718"});
}

TEST_CASE("amounts in letters: £, € and $ before the figure, other currencies by code") {
  using M = LetterSettings::Money;
  CHECK(letter_money(35'000, "GBP", M::symbol) == "£350.00");
  CHECK(letter_money(123'456'789, "EUR", M::symbol) == "€1,234,567.89");
  CHECK(letter_money(-500, "USD", M::symbol) == "-$5.00");
  CHECK(letter_money(1'000, "JPY", M::symbol) == "1,000 JPY");
  CHECK(letter_money(35'000, "CHF", M::symbol) == "350.00 CHF");
  CHECK(letter_money(35'000, "GBP", M::code) == "350.00 GBP");
}

TEST_CASE("Markdown letters escape what the ledger says") {
  Fixture f;
  f.book.customers[0].name = "Acme *Bold* [link](x)";
  Letter letter = f.draft(0, "firm", make_date(2025, 7, 10));
  TemplateValues v = letter_values(f.book, letter, LetterStyle::markdown);
  CHECK(v["customer.name"] == "Acme \\*Bold\\* \\[link\\](x)");
  CHECK(v["invoices"].starts_with("| Invoice |"));
}

TEST_CASE("a step forced on the wrong facts is named, with the step that fits") {
  Fixture f;
  auto step = [&](const std::string& name) {
    for (const LadderStep& s : f.book.ladder_for(f.book.customers[0]))
      if (s.name == name) return s;
    FAIL("no step " << name);
    return LadderStep{};
  };
  // 2 July 2025: A1 is 93 days late. A courtesy ("before the due date") does not fit; the
  // ladder's first step after the due date that writes, the reminder, does.
  Letter late = f.draft(0, "courtesy", make_date(2025, 7, 2));
  auto misfit = step_misfit(f.book, late, step("courtesy"));
  REQUIRE(misfit);
  CHECK(f.book.invoices[misfit->invoice].id == "A1");
  CHECK(misfit->days == 93);
  REQUIRE(misfit->instead);
  CHECK(misfit->instead->name == "reminder");
  CHECK_FALSE(step_misfit(f.book, late, step("reminder")));
  // 1 March 2025: nothing is due yet. A reminder does not fit; the courtesy does.
  Letter early = f.draft(0, "reminder", make_date(2025, 3, 1));
  misfit = step_misfit(f.book, early, step("reminder"));
  REQUIRE(misfit);
  CHECK(misfit->days == -30);
  REQUIRE(misfit->instead);
  CHECK(misfit->instead->name == "courtesy");
  CHECK_FALSE(step_misfit(f.book, early, step("courtesy")));
}

TEST_CASE("which letters demand the charges: notices and the ladder's steps from the fee on") {
  Fixture f;
  const Date day = make_date(2025, 7, 10);
  CHECK(claims_charges(f.draft(0, "notice", day)));
  CHECK(claims_charges(f.draft(0, "final", day)));  // the default ladder's fee starts here
  CHECK_FALSE(claims_charges(f.draft(0, "firm", day)));
  // A plan's confirmation or installment reminder is no step of the ladder: it states or
  // waives the charges, and a rate past the table must not stop it.
  LadderStep plan;
  plan.name = "plan";
  plan.action = LadderAction::email;
  plan.template_name = "plan";
  const AccountState state = account_state(f.book, day);
  CHECK_FALSE(claims_charges(draft_letter(state, 0, plan)));
}

TEST_CASE("a printed letter: the text letter's words as paragraphs, its tables as HTML") {
  Fixture f;
  f.book.customers[0].name = "Acme <Ltd> \x1enot-a-table\x1e";
  Letter letter = f.draft(0, "firm", make_date(2025, 7, 10));
  const LetterTemplate tmpl = parse_template(
      "Subject: Overdue: {{overdue}}\n\n{{salutation}},\n\nThese invoices of {{customer.name}} "
      "are overdue and have been for a long while now, as the table shows:\n\n{{invoices}}\n\n"
      "{{closing}},\n\n{{signature}}\n",
      "test", letter_fields());
  const std::string html = letter_html(f.book, letter, tmpl);
  CHECK(html.find("<h1>Overdue: £3,800.00</h1>") != std::string::npos);
  CHECK(html.find("<p>Dear Ada,</p>") != std::string::npos);
  // Prose joined into one paragraph; the ledger's text escaped, a stray marker shown escaped.
  CHECK(html.find("<p>These invoices of Acme &lt;Ltd&gt; \\x1enot-a-table\\x1e are overdue and "
                  "have been for a long while now, as the table shows:</p>") != std::string::npos);
  CHECK(html.find("</p>\n<table>\n<thead>\n<tr><th class=\"word\">Invoice</th>") !=
        std::string::npos);
  CHECK(html.find("<td class=\"num\">£3,000.00</td>") != std::string::npos);
  CHECK(html.find("\x1e") == std::string::npos);
  // A table in the middle of a sentence ends the paragraph and starts another after it; a
  // figure keeps the word after it on its line.
  const LetterTemplate inline_table = parse_template(
      "Subject: x\n\nSee {{invoices}} and pay by 10 December.\n", "test", letter_fields());
  const std::string inline_html = letter_html(f.book, letter, inline_table);
  CHECK(inline_html.find("<p>See</p>\n<table>") != std::string::npos);
  CHECK(inline_html.find("</table>\n<p>and pay by 10&nbsp;December.</p>") != std::string::npos);
  CHECK(html.find("<p>Studio Ltd<br>\naccounts@studio.example</p>") != std::string::npos);
}
