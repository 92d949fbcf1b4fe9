// Git's conflict markers (ledger/merge_markers): named as an unresolved merge, with the lines.
#include <doctest/doctest.h>

#include "fixture.hpp"
#include "ledger/merge_markers.hpp"

using namespace arcollect;

TEST_CASE("a conflict as git merge leaves it is found at its first marker") {
  const char* text =
      "[[customer]]\nid = \"acme\"\n<<<<<<< HEAD\nemail = \"a@x\"\n=======\nemail = "
      "\"b@x\"\n>>>>>>> server\n";
  auto conflict = find_merge_conflict(text);
  REQUIRE(conflict.has_value());
  CHECK(conflict->line == 3);
  CHECK(conflict->message.find("<<<<<<< at line 3, ======= at line 5, >>>>>>> at line 7") !=
        std::string::npos);
}

TEST_CASE("diff3 style, CRLF line ends and a half-resolved file are found too") {
  CHECK(
      find_merge_conflict("a = 1\r\n<<<<<<< ours\r\n||||||| base\r\n=======\r\n>>>>>>> theirs\r\n")
          ->line == 2);
  // The person deleted the first marker but left the others.
  CHECK(find_merge_conflict("a = 1\n=======\nb = 2\n>>>>>>> server\n")->line == 2);
}

TEST_CASE("lines that only look like markers are TOML's business") {
  CHECK_FALSE(find_merge_conflict("note = \"\"\"\n=======\n\"\"\"\n").has_value());
  CHECK_FALSE(find_merge_conflict("<<<<<<<< eight\n").has_value());
  CHECK_FALSE(find_merge_conflict("<<<<<<<x\n").has_value());
  CHECK_FALSE(find_merge_conflict("  <<<<<<< indented\n").has_value());
  CHECK_FALSE(find_merge_conflict("").has_value());
  // A quoted email reply in a note.
  CHECK_FALSE(find_merge_conflict("note = \"\"\"\n>>>>>>> see below\n\"\"\"\n").has_value());
  CHECK_FALSE(find_merge_conflict("note = \"\"\"\n<<<<<<< a\n\"\"\"\n").has_value());
  // Out of order: not what git writes.
  CHECK_FALSE(find_merge_conflict(">>>>>>> a\n<<<<<<< b\n").has_value());
}

TEST_CASE("the loader names the conflict, not a TOML syntax error, and nothing it hides") {
  auto loaded = test::load_texts(
      {{"arcollect.toml", test::kSettings},
       {"customers/acme.toml",
        "[[customer]]\n<<<<<<< HEAD\nid = \"acme\"\n=======\nid = "
        "\"acme-ltd\"\n>>>>>>> server\nname = \"Acme\"\n"},
       {"invoices/a1.toml",
        "[[invoice]]\nid = \"A1\"\ncustomer = \"acme\"\nissued = 2026-01-01\namount = 1\n"}});
  const std::string messages = test::messages(loaded);
  CHECK(messages.starts_with("customers/acme.toml:2:1: merge-conflict: unresolved merge conflict"));
  CHECK(messages.find("toml-syntax") == std::string::npos);
  CHECK(messages.find("unknown-customer") == std::string::npos);
}
