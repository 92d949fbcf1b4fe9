// Account names and free text as a journal format needs them. Text from the ledger (names,
// descriptions, refs) is other people's: it must not end a line, start a comment, split a tag
// or close a string in the journal it is written into.
#pragma once

#include <string>
#include <string_view>

#include "collect/journal.hpp"
#include "ledger/settings.hpp"

namespace arcollect {

enum class JournalStyle { ledger, beancount };

// The account a posting of `customer` goes to: "assets:receivable:northwind" in ledger's style,
// "Assets:Receivable:Northwind" in beancount's (see beancount_component).
std::string account_name(const ExportSettings& accounts, JournalAccount account,
                         const std::string& customer, JournalStyle style);

// A customer id ([a-z0-9][a-z0-9._-]*) as a beancount account component, one to one: the first
// character upper-cased, each '.' written "Dot" and each '_' "Und" (no other capital letter can
// follow the first, so two ids never meet).
std::string beancount_component(std::string_view id);

// Free text on one line of ledger or hledger: control characters become spaces, runs of spaces
// one, ';' (a comment) ',', '|' (hledger's payee and note) '/', and a leading '(' (a code) '['.
std::string ledger_text(std::string_view text);

// A tag value for ledger and hledger: ledger_text, and ',' and ':' (which end or start a tag)
// become spaces.
std::string ledger_tag_value(std::string_view text);

// A beancount string with its quotes: control characters become spaces, '"' and '\' escaped.
std::string beancount_string(std::string_view text);

}  // namespace arcollect
