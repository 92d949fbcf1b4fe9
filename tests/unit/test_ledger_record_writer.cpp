#include <doctest/doctest.h>

#include "ledger/record_writer.hpp"
#include "ledger/toml_reader.hpp"

using namespace arcollect;

TEST_CASE("toml_string escapes what TOML requires") {
  CHECK(toml_string("plain") == "\"plain\"");
  CHECK(toml_string("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
  CHECK(toml_string("a\nb\tc\x01") == "\"a\\nb\\tc\\u0001\"");
  CHECK(toml_string("Café") == "\"Café\"");
}

TEST_CASE("a written contact reads back as the same entry") {
  ContactEntry e;
  e.date = make_date(2026, 11, 20);
  e.customer = "acme";
  e.invoices = {"A1", "INV \"2\""};
  e.channel = Channel::email;
  e.with = "Ann\nPayable";
  e.step = "reminder";
  e.outcome = Outcome::promise;
  e.promise_date = make_date(2026, 11, 27);
  e.promise_amount = Money{50050, "GBP"};
  e.note = "Line one\r\nline \"two\" \\ end";
  e.message_id = "<a@b>";
  std::string text = contact_toml(e);
  auto back = read_records(text, "t.toml", 0);
  REQUIRE(back.diagnostics.empty());
  REQUIRE(back.contacts.size() == 1);
  const ContactEntry& r = back.contacts[0];
  CHECK(r.date == e.date);
  CHECK(r.customer == e.customer);
  CHECK(r.invoices == e.invoices);
  CHECK(r.channel == e.channel);
  CHECK(r.with == e.with);
  CHECK(r.step == e.step);
  CHECK(r.outcome == e.outcome);
  CHECK(r.promise_date == e.promise_date);
  CHECK(to_minor(*r.promise_amount_text, 2) == 50050);
  CHECK(r.note == e.note);
  CHECK(r.message_id == e.message_id);
}
