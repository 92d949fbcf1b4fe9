// Typed access to the keys of one TOML table, reporting every problem to a FileSink:
// missing required keys, wrong types, bad values, and (in finish()) keys nobody asked for.
// With toml_reader.cpp, the only code that includes toml++.
#pragma once

#include <toml++/toml.h>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ledger/date.hpp"
#include "ledger/file_sink.hpp"
#include "ledger/money.hpp"

namespace arcollect {

SourcePos pos_of(const toml::source_region& region, std::uint32_t file);
std::string_view toml_type_name(const toml::node& node);

enum class Need { optional, required };

template <class E>
using Choices = std::span<const std::pair<std::string_view, E>>;

class FieldReader {
 public:
  // `where` names the table in messages, e.g. "[[invoice]]".
  FieldReader(const toml::table& table, std::string where, FileSink& sink);

  std::optional<std::string> text(std::string_view key, Need need = Need::optional);
  std::optional<Date> date(std::string_view key, Need need = Need::optional);
  std::optional<int> integer(std::string_view key, int min, int max, Need need = Need::optional);
  std::optional<bool> boolean(std::string_view key);
  std::optional<std::string> email(std::string_view key);  // text that is name@host
  // A number or a decimal string; `allow_zero` false demands a positive amount.
  std::optional<Decimal> amount(std::string_view key, Need need = Need::optional,
                                bool allow_zero = false);
  std::optional<std::vector<std::string>> text_list(std::string_view key,
                                                    Need need = Need::optional);
  const toml::array* array(std::string_view key, Need need = Need::optional);
  const toml::table* table(std::string_view key, Need need = Need::optional);

  template <class E>
  std::optional<E> choice(std::string_view key, Choices<E> choices, Need need = Need::optional) {
    auto word = text(key, need);
    if (!word) return std::nullopt;
    for (const auto& [name, value] : choices)
      if (name == *word) return value;
    std::vector<std::string_view> names;
    for (const auto& choice : choices) names.push_back(choice.first);
    bad_choice(key, *word, names);
    return std::nullopt;
  }

  bool has(std::string_view key) const { return table_.contains(key); }
  // The raw node, marked as known, for callers that check its shape themselves.
  const toml::node* node(std::string_view key) {
    known_.emplace_back(key);
    return table_.get(key);
  }
  SourcePos pos(std::string_view key) const;  // the value's position, else the table's
  SourcePos table_pos() const { return pos_of(table_.source(), sink_.file_index()); }
  FileSink& sink() { return sink_; }
  const std::string& where() const { return where_; }

  // Reports the keys that no accessor asked for, with a "did you mean".
  void finish();

 private:
  const toml::node* get(std::string_view key, Need need, std::string_view example);
  void wrong_type(std::string_view key, const toml::node& node, std::string_view expected);
  // An id past kMaxIdBytes is reported (limit_exceeded) and not taken.
  bool id_too_long(std::string_view key, const std::string& value, SourcePos at);
  void bad_choice(std::string_view key, std::string_view word,
                  std::span<const std::string_view> names);

  const toml::table& table_;
  std::string where_;
  FileSink& sink_;
  std::vector<std::string> known_;  // owned: keys may come from temporaries
};

// A value of a TOML node read as an amount, for array elements that are not keyed.
std::optional<Decimal> read_amount_node(const toml::node& node, FileSink& sink,
                                        std::string_view what, bool allow_zero);

}  // namespace arcollect

namespace arcollect {

// Parses a whole document; a syntax error is reported and gives nothing.
std::optional<toml::table> parse_document(std::string_view text, FileSink& sink);

// The line of each key a settings file writes, named "section.key" for a key of a top-level
// table ("defaults.terms_days", "ladder_sets.strict") and "key" for one outside any.
std::map<std::string, std::uint32_t, std::less<>> key_lines(const toml::table& document);

// Checks an id against [a-z0-9][a-z0-9._-]* (customers, plans) and reports when it is not.
bool check_slug_id(FieldReader& fields, std::string_view key, const std::string& id);
// Invoice numbers are freer: printable, no surrounding spaces.
bool check_invoice_id(FieldReader& fields, std::string_view key, const std::string& id);

}  // namespace arcollect
