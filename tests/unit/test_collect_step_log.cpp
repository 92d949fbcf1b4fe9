// What `log` and `due --done` write: the step the agenda offers and the channel it offers.
#include <doctest/doctest.h>

#include "collect/contacts.hpp"
#include "collect/step_log.hpp"
#include "fixture.hpp"

using namespace arcollect;

namespace {

// H1 fell due on 2 November: the reminder (an email) is due from the 3rd. Dana has a phone
// and no email address, so the agenda offers it as a call.
const char* kLedger = R"([[customer]]
id = "hollis"
name = "Hollis Ltd"
[[customer.contact]]
name = "Dana Pryce"
role = "ap"
phone = "+44 1"
[[invoice]]
id = "H1"
customer = "hollis"
issued = 2026-10-02
due = 2026-11-02
amount = 600
)";

}  // namespace

TEST_CASE("the agenda offers a step on a channel the contact has; log records that channel") {
  auto loaded = test::load_records(kLedger);
  REQUIRE(test::messages(loaded) == "");
  const Book& book = loaded.book;
  const Customer& hollis = book.customers[0];
  auto offer = agenda_offer(account_state(book, make_date(2026, 11, 3)), 0);
  REQUIRE(offer);
  CHECK(offer->step == "reminder");
  CHECK(offer->channel == LadderAction::call);
  CHECK(logged_channel(book, hollis, "reminder", offer) == Channel::call);
  // A step the agenda does not offer today: its own channel; hold and agency are internal.
  CHECK(logged_channel(book, hollis, "firm", offer) == Channel::email);
  CHECK(logged_channel(book, hollis, "hold", offer) == Channel::internal);
  CHECK(logged_channel(book, hollis, "agency", offer) == Channel::internal);
  CHECK(logged_channel(book, hollis, "installment", offer) == Channel::email);
  // A call that names no step fills in the reminder; an email does not.
  CHECK(step_to_fill(offer, Channel::call) == "reminder");
  CHECK_FALSE(step_to_fill(offer, Channel::email));
  // A month before the due date, not even the courtesy (day -3) is due.
  CHECK_FALSE(agenda_offer(account_state(book, make_date(2026, 10, 1)), 0));
}

TEST_CASE("installment and the ladder's steps may be logged; others may not") {
  auto loaded = test::load_records(kLedger);
  const Customer& hollis = loaded.book.customers[0];
  CHECK(is_loggable_step(loaded.book, hollis, "installment"));
  CHECK(is_loggable_step(loaded.book, hollis, "call-ap"));
  CHECK_FALSE(is_loggable_step(loaded.book, hollis, "remind"));
}

TEST_CASE("for an individual every role is the customer") {
  Customer sam;
  sam.kind = CustomerKind::individual;
  sam.email = "sam@example.com";
  CHECK(contact_for(sam, "finance") == nullptr);
  CHECK(email_for(sam, "finance") == "sam@example.com");
  sam.contacts.push_back({"Sam Tobin", ContactRole::ap, "", "+44 2", ""});
  REQUIRE(contact_for(sam, "finance", true) != nullptr);
  CHECK(contact_for(sam, "buyer", true)->name == "Sam Tobin");
  CHECK(email_for(sam, "buyer") == "sam@example.com");  // Sam's own has none: the customer's
}

TEST_CASE("an entry names the step the user gave, or the one the agenda offers on its channel") {
  auto loaded = test::load_records(kLedger);
  const AccountState state = account_state(loaded.book, make_date(2026, 11, 3));
  // Nothing named, no channel: a call, which carries out the reminder offered as one.
  LoggedStep call = logged_step(state, 0, "", std::nullopt);
  CHECK(call.step == "reminder");
  CHECK(call.channel == Channel::call);
  CHECK(call.filled);
  // An email carries out nothing offered today: it names no step.
  LoggedStep email = logged_step(state, 0, "", Channel::email);
  CHECK(email.step.empty());
  CHECK_FALSE(email.filled);
  // --step none: a call that names no step, even the one offered.
  LoggedStep none = logged_step(state, 0, "none", std::nullopt);
  CHECK(none.step.empty());
  CHECK(none.channel == Channel::call);
  CHECK_FALSE(none.filled);
  // A step named: its channel, as the agenda offers it or as the ladder has it.
  CHECK(logged_step(state, 0, "reminder", std::nullopt).channel == Channel::call);
  LoggedStep hold = logged_step(state, 0, "hold", std::nullopt);
  CHECK(hold.step == "hold");
  CHECK(hold.channel == Channel::internal);
  CHECK_FALSE(hold.filled);
}

TEST_CASE("a letter is recorded on its channel, or as an email when it went out as one") {
  auto loaded = test::load_records(kLedger);
  const Book& book = loaded.book;
  Letter letter;
  letter.customer = 0;
  letter.today = make_date(2026, 11, 10);
  letter.step = "firm";
  letter.action = LadderAction::letter;
  letter.to_name = "Dana Pryce";
  letter.invoices.push_back({});
  ContactEntry posted = letter_entry(book, letter, "", "drafted by arcollect remind");
  CHECK(posted.customer == "hollis");
  CHECK(posted.channel == Channel::letter);
  CHECK(posted.step == "firm");
  CHECK(posted.invoices == std::vector<std::string>{"H1"});
  CHECK(posted.note == "drafted by arcollect remind");
  ContactEntry mailed = letter_entry(book, letter, "<1@example.com>", "sent by arcollect remind");
  CHECK(mailed.channel == Channel::email);
  CHECK(mailed.message_id == "<1@example.com>");
}
