#include "render/journal_names.hpp"

#include <cctype>

namespace arcollect {

namespace {

bool is_control(char ch) {
  auto byte = static_cast<unsigned char>(ch);
  return byte < 0x20 || byte == 0x7f;
}

const std::string& configured(const ExportSettings& accounts, JournalAccount account) {
  switch (account) {
    case JournalAccount::receivable:
      return accounts.receivable;
    case JournalAccount::income:
      return accounts.income;
    case JournalAccount::bank:
      return accounts.bank;
    case JournalAccount::credit_notes:
      return accounts.credit_notes;
    case JournalAccount::opening:
      break;
  }
  return accounts.opening;
}

// "income:sales:credit-notes" -> "Income:Sales:Credit-notes".
std::string capitalised(const std::string& name) {
  std::string out = name;
  bool start = true;
  for (char& ch : out) {
    if (start) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    start = ch == ':';
  }
  return out;
}

}  // namespace

std::string beancount_component(std::string_view id) {
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    char ch = id[i];
    if (ch == '.')
      out += "Dot";
    else if (ch == '_')
      out += "Und";
    else if (i == 0)
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    else
      out += ch;
  }
  return out;
}

std::string account_name(const ExportSettings& accounts, JournalAccount account,
                         const std::string& customer, JournalStyle style) {
  const std::string& base = configured(accounts, account);
  if (style == JournalStyle::ledger)
    return account == JournalAccount::receivable ? base + ":" + customer : base;
  std::string name = capitalised(base);
  if (account == JournalAccount::receivable) name += ":" + beancount_component(customer);
  return name;
}

std::string ledger_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (char ch : text) {
    if (is_control(ch) || ch == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (ch == ';')
      ch = ',';
    else if (ch == '|')
      ch = '/';
    else if (ch == '(' && out.empty())
      ch = '[';
    out += ch;
  }
  return out;
}

std::string ledger_tag_value(std::string_view text) {
  std::string spaced(text);
  for (char& ch : spaced)
    if (ch == ',' || ch == ':' || ch == ';') ch = ' ';
  return ledger_text(spaced);
}

std::string beancount_string(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    if (is_control(ch))
      out += ' ';
    else if (ch == '"' || ch == '\\')
      out += {'\\', ch};
    else
      out += ch;
  }
  return out + "\"";
}

}  // namespace arcollect
