#include <doctest/doctest.h>

#include "collect/ladder.hpp"

using namespace arcollect;

namespace {

const Date kDue = make_date(2026, 10, 1);

ContactEntry entry(Date day, Channel channel, std::string step = "",
                   Outcome outcome = Outcome::none) {
  ContactEntry e;
  e.date = day;
  e.channel = channel;
  e.step = std::move(step);
  e.outcome = outcome;
  return e;
}

LadderProgress walk(const std::vector<ContactEntry>& entries) {
  std::vector<const ContactEntry*> log;
  for (const auto& e : entries) log.push_back(&e);
  return ladder_progress(default_ladder(), log);
}

}  // namespace

TEST_CASE("a named step is done, and jumps the ladder on purpose") {
  auto p = walk({entry(make_date(2026, 10, 2), Channel::email, "reminder")});
  CHECK(p.next == 2);  // courtesy, reminder: next is call-ap
  CHECK(p.last_step == make_date(2026, 10, 2));
  CHECK(walk({entry(make_date(2026, 10, 2), Channel::letter, "final")}).next == 8);
}

TEST_CASE("a contact that names no step completes none, on any channel or day") {
  // An email on the courtesy's channel and day, or a dispute resolved by email after the firm
  // step's day: neither carries out a step. Each is still the last contact.
  auto p = walk({entry(make_date(2026, 9, 28), Channel::email)});
  CHECK(p.next == 0);
  CHECK_FALSE(p.last_step);
  CHECK(p.last_contact == make_date(2026, 9, 28));
  p = walk({entry(make_date(2026, 10, 2), Channel::email, "reminder"),
            entry(make_date(2026, 10, 9), Channel::call, "call-ap"),
            entry(make_date(2026, 10, 20), Channel::email, "", Outcome::resolved)});
  CHECK(p.next == 3);  // firm is still next
  CHECK(p.last_step == make_date(2026, 10, 9));
  CHECK(p.last_contact == make_date(2026, 10, 20));
}

TEST_CASE("logging the hold step early freezes without skipping") {
  auto p = walk({entry(make_date(2026, 10, 2), Channel::email, "hold")});
  CHECK(p.next == 0);
  CHECK(p.frozen);
  skip_lapsed(default_ladder(), kDue, make_date(2026, 10, 2), 100, "GBP", p);
  CHECK(p.next == 1);  // the courtesy lapsed; the reminder is next
}

TEST_CASE("pre-due steps lapse once overdue; min_amount steps lapse for small debts") {
  auto steps = default_ladder();
  steps[1].min_amount = Decimal{50, 0};
  LadderProgress p;
  skip_lapsed(steps, kDue, make_date(2026, 9, 29), 1000, "GBP", p);
  CHECK(p.next == 0);  // not yet due: the courtesy stands
  skip_lapsed(steps, kDue, make_date(2026, 10, 2), 1000, "GBP", p);
  CHECK(p.next == 2);  // courtesy lapsed, and 10.00 is below the reminder's 50.00
}

TEST_CASE("the latest promise and the last contact are remembered") {
  // The entries must outlive the progress, which points at the promise.
  const std::vector<ContactEntry> entries = {
      entry(make_date(2026, 10, 5), Channel::call, "", Outcome::promise),
      entry(make_date(2026, 10, 9), Channel::sms)};
  auto p = walk(entries);
  REQUIRE(p.promise != nullptr);
  CHECK(p.promise->date == make_date(2026, 10, 5));
  CHECK(p.last_contact == make_date(2026, 10, 9));
}
