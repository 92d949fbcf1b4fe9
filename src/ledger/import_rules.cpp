#include "ledger/import_rules.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

#include "ledger/error.hpp"
#include "ledger/merge_markers.hpp"
#include "ledger/money.hpp"
#include "ledger/toml_limits.hpp"

namespace arcollect {

namespace {

constexpr std::uint32_t kMaxColumnNumber = 1000;

constexpr std::pair<std::string_view, SignMode> kSigns[] = {{"signed", SignMode::signed_amount},
                                                            {"inverted", SignMode::inverted},
                                                            {"columns", SignMode::columns},
                                                            {"indicator", SignMode::indicator}};

class Rules {
 public:
  explicit Rules(const std::string& origin) : origin_(origin) {}

  [[noreturn]] void fail(const toml::source_region& at, const std::string& message) const {
    throw Error(fmt::format("{}:{}:{}: {}", origin_, at.begin.line, at.begin.column, message));
  }

  // Refuses keys of `table` outside `known`.
  void only(const toml::table& table, std::initializer_list<std::string_view> known,
            std::string_view where) const {
    for (auto&& [key, node] : table) {
      if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
      std::string list;
      for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      fail(key.source(),
           fmt::format("unknown key '{}' in {}; the keys are: {}", key.str(), where, list));
    }
  }

  std::optional<std::string> text(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (!node->is_string()) fail(node->source(), fmt::format("'{}' must be a string", key));
    return node->value<std::string>();
  }

  std::vector<std::string> texts(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    if (!node) return {};
    if (node->is_string()) return {*node->value<std::string>()};
    const toml::array* list = node->as_array();
    if (!list) fail(node->source(), fmt::format("'{}' must be a string or a list of strings", key));
    std::vector<std::string> out;
    for (const toml::node& item : *list) {
      if (!item.is_string())
        fail(item.source(), fmt::format("'{}' must be a list of strings", key));
      out.push_back(*item.value<std::string>());
    }
    return out;
  }

  ColumnRef column(const toml::node& node, std::string_view key) const {
    ColumnRef ref;
    if (node.is_string()) {
      ref.name = *node.value<std::string>();
      if (ref.name.empty())
        fail(node.source(), fmt::format("column '{}' is empty; write a header name", key));
    } else if (node.is_integer()) {
      const std::int64_t n = *node.value<std::int64_t>();
      if (n < 1 || n > kMaxColumnNumber)
        fail(node.source(), fmt::format("column '{}' = {}: column numbers run from 1 to {}", key, n,
                                        kMaxColumnNumber));
      ref.number = static_cast<std::uint32_t>(n);
    } else {
      fail(node.source(),
           fmt::format("column '{}' must be a header name (\"Date\") or a column number (3)", key));
    }
    return ref;
  }

  ColumnRef column(const toml::table& table, std::string_view key) const {
    const toml::node* node = table.get(key);
    return node ? column(*node, key) : ColumnRef{};
  }

  char one_char(const toml::table& table, std::string_view key, char fallback) const {
    const auto value = text(table, key);
    if (!value) return fallback;
    if (value->size() != 1 || (*value)[0] == '"' || (*value)[0] == '\n' || (*value)[0] == '\r')
      fail(
          table.get(key)->source(),
          fmt::format("'{}' must be one character (not a quote or a line break), e.g. \";\"", key));
    return (*value)[0];
  }

 private:
  const std::string& origin_;
};

SkipWhen read_skip_when(const Rules& r, const toml::node& node) {
  const toml::table* table = node.as_table();
  if (!table)
    r.fail(node.source(),
           "'skip_when' must be a table, e.g. { column = \"State\", values = [\"PENDING\"] }");
  r.only(*table, {"column", "values"}, "skip_when");
  SkipWhen skip;
  skip.column = r.column(*table, "column");
  skip.values = r.texts(*table, "values");
  if (!skip.column.set() || skip.values.empty())
    r.fail(node.source(), "'skip_when' needs a column and the values that leave a line out");
  return skip;
}

void read_columns(const Rules& r, const toml::table& table, ImportRules& rules) {
  r.only(table,
         {"date", "amount", "credit", "debit", "indicator", "incoming", "description", "reference",
          "bank_id", "currency", "skip_when"},
         "[columns]");
  CsvColumns& c = rules.columns;
  c.date = r.column(table, "date");
  c.amount = r.column(table, "amount");
  c.credit = r.column(table, "credit");
  c.debit = r.column(table, "debit");
  c.indicator = r.column(table, "indicator");
  c.reference = r.column(table, "reference");
  c.bank_id = r.column(table, "bank_id");
  c.currency = r.column(table, "currency");
  if (const toml::node* node = table.get("description")) {
    if (const toml::array* list = node->as_array()) {
      for (const toml::node& item : *list) c.description.push_back(r.column(item, "description"));
    } else {
      c.description.push_back(r.column(*node, "description"));
    }
  }
}

// The columns `sign` needs, and none it cannot use.
void check_sign(const Rules& r, const toml::table& top, const toml::source_region& start,
                const ImportRules& rules) {
  const toml::node* at = top.get("sign");
  const toml::source_region where = at ? at->source() : start;
  const CsvColumns& c = rules.columns;
  const std::string_view sign = at ? *at->value<std::string_view>() : "signed";
  const auto need = [&](const ColumnRef& ref, std::string_view key) {
    if (!ref.set()) r.fail(where, fmt::format("sign = \"{}\" needs [columns] {}", sign, key));
  };
  const auto refuse = [&](const ColumnRef& ref, std::string_view key) {
    if (ref.set())
      r.fail(where, fmt::format("sign = \"{}\" takes no [columns] {}; remove it or change sign",
                                sign, key));
  };
  if (rules.sign == SignMode::columns) {
    need(c.credit, "credit");
    need(c.debit, "debit");
    refuse(c.amount, "amount");
  } else {
    need(c.amount, "amount");
    refuse(c.credit, "credit");
    refuse(c.debit, "debit");
  }
  if (rules.sign == SignMode::indicator) {
    need(c.indicator, "indicator");
    if (rules.incoming.empty())
      r.fail(where, "sign = \"indicator\" needs incoming = [...], the values that mean money in");
  } else {
    refuse(c.indicator, "indicator");
    if (!rules.incoming.empty())
      r.fail(where, fmt::format("sign = \"{}\" takes no 'incoming'; remove it", sign));
  }
}

// The keys that may sit at the top or inside [columns].
void read_either(const Rules& r, const toml::table& top, const toml::table* columns,
                 ImportRules& rules) {
  for (std::string_view key : {"incoming", "skip_when"}) {
    const toml::node* outer = top.get(key);
    const toml::node* inner = columns ? columns->get(key) : nullptr;
    if (outer && inner)
      r.fail(inner->source(), fmt::format("'{}' is given twice, at the top and in [columns]; "
                                          "keep one",
                                          key));
    const toml::node* node = outer ? outer : inner;
    if (!node) continue;
    if (key == "skip_when") {
      rules.skip_when = read_skip_when(r, *node);
    } else {
      rules.incoming = r.texts(outer ? top : *columns, key);
    }
  }
}

MatchRule read_match(const Rules& r, const toml::node& node) {
  const toml::table* table = node.as_table();
  if (!table) r.fail(node.source(), "'match' must be [[match]] tables");
  r.only(*table, {"pattern", "field", "customer"}, "[[match]]");
  MatchRule m;
  m.line = node.source().begin.line;
  m.pattern = r.text(*table, "pattern").value_or("");
  m.customer = r.text(*table, "customer").value_or("");
  m.field = r.text(*table, "field").value_or("any");
  if (m.pattern.empty() || m.customer.empty())
    r.fail(node.source(),
           "[[match]] needs a pattern and a customer, e.g. pattern = \"acme\" "
           "and customer = \"acme\"");
  if (m.field != "description" && m.field != "reference" && m.field != "any")
    r.fail(
        table->get("field")->source(),
        fmt::format("'field' \"{}\" must be \"description\", \"reference\" or \"any\"", m.field));
  return m;
}

}  // namespace

ImportRules read_import_rules(std::string_view text, const std::string& origin) {
  if (auto conflict = find_merge_conflict(text))
    throw Error(fmt::format("{}:{}:1: {}", origin, conflict->line, conflict->message));
  if (auto problem = check_toml_limits(text))
    throw Error(
        fmt::format("{}:{}:{}: {}", origin, problem->line, problem->column, problem->message));
  toml::table top;
  try {
    top = toml::parse(text, origin);
  } catch (const toml::parse_error& error) {
    throw Error(fmt::format("{}:{}:{}: TOML syntax error: {}", origin, error.source().begin.line,
                            error.source().begin.column, error.description()));
  }
  const Rules r(origin);
  toml::source_region start;  // for what the whole file lacks
  start.begin = {1, 1};
  start.end = {1, 1};
  r.only(top,
         {"delimiter", "skip", "header", "encoding", "date_format", "decimal", "sign", "currency",
          "account", "incoming", "skip_when", "columns", "match"},
         "the rules");
  ImportRules rules;
  rules.delimiter = r.one_char(top, "delimiter", ',');
  if (const toml::node* node = top.get("skip")) {
    const auto n = node->value<std::int64_t>();
    if (!node->is_integer() || *n < 0 || *n > 1000)
      r.fail(node->source(), "'skip' must be a number of lines from 0 to 1000");
    rules.skip = static_cast<std::uint32_t>(*n);
  }
  if (const toml::node* node = top.get("header")) {
    if (!node->is_boolean()) r.fail(node->source(), "'header' must be true or false");
    rules.header = *node->value<bool>();
  }
  if (const auto encoding = r.text(top, "encoding")) {
    if (*encoding == "latin-1")
      rules.encoding = TextEncoding::latin1;
    else if (*encoding != "utf-8")
      r.fail(top.get("encoding")->source(), "'encoding' must be \"utf-8\" or \"latin-1\"");
  }
  rules.date_format = r.text(top, "date_format").value_or(rules.date_format);
  if (rules.date_format.find("%d") == std::string::npos ||
      (rules.date_format.find("%m") == std::string::npos &&
       rules.date_format.find("%b") == std::string::npos) ||
      (rules.date_format.find("%Y") == std::string::npos &&
       rules.date_format.find("%y") == std::string::npos))
    r.fail(top.get("date_format")->source(),
           "'date_format' needs a day (%d), a month (%m or %b) and a year (%Y or %y), e.g. "
           "\"%d/%m/%Y\"");
  rules.decimal = r.one_char(top, "decimal", '.');
  if (rules.decimal != '.' && rules.decimal != ',')
    r.fail(top.get("decimal")->source(), "'decimal' must be \".\" or \",\"");
  if (const auto sign = r.text(top, "sign")) {
    const auto found = std::find_if(std::begin(kSigns), std::end(kSigns),
                                    [&](const auto& s) { return s.first == *sign; });
    if (found == std::end(kSigns))
      r.fail(top.get("sign")->source(), fmt::format("'sign' \"{}\" must be \"signed\", "
                                                    "\"inverted\", \"columns\" or \"indicator\"",
                                                    *sign));
    rules.sign = found->second;
  }
  rules.currency = r.text(top, "currency").value_or("");
  if (!rules.currency.empty() && !valid_currency_code(rules.currency))
    r.fail(top.get("currency")->source(),
           fmt::format("'currency' \"{}\" is not an ISO 4217 code; write three capital letters, "
                       "e.g. \"EUR\"",
                       rules.currency));
  rules.account = r.text(top, "account").value_or("");
  const toml::table* columns = nullptr;
  if (const toml::node* node = top.get("columns")) {
    columns = node->as_table();
    if (!columns) r.fail(node->source(), "'columns' must be a table: [columns]");
    read_columns(r, *columns, rules);
  }
  read_either(r, top, columns, rules);
  // Rules without [columns] only say which customer a line is from: enough for an OFX file,
  // which describes itself. A CSV file needs the layout, and the caller says so.
  if (columns) {
    if (!rules.columns.date.set())
      r.fail(columns->source(), "the rules need [columns] date, the column with the booking date");
    check_sign(r, top, start, rules);
    if (rules.currency.empty() && !rules.columns.currency.set())
      r.fail(start, "the rules need currency = \"...\" or [columns] currency");
  }
  if (!rules.header) {
    const auto by_name = [&](const ColumnRef& ref) { return !ref.name.empty(); };
    const CsvColumns& c = rules.columns;
    bool named = by_name(c.date) || by_name(c.amount) || by_name(c.credit) || by_name(c.debit) ||
                 by_name(c.indicator) || by_name(c.reference) || by_name(c.bank_id) ||
                 by_name(c.currency) ||
                 std::any_of(c.description.begin(), c.description.end(), by_name) ||
                 (rules.skip_when && by_name(rules.skip_when->column));
    if (named)
      r.fail(columns ? columns->source() : start,
             "with header = false, columns are numbers (1 is the first), not names");
  }
  if (const toml::node* node = top.get("match")) {
    const toml::array* list = node->as_array();
    if (!list) r.fail(node->source(), "'match' must be [[match]] tables");
    // Each compiled pattern may take up to kMaxRegexProgram steps per byte of every line: a
    // bound on their number keeps an import of a hostile rules file short.
    if (list->size() > kMaxMatchRules)
      r.fail(node->source(), fmt::format("{} [[match]] rules are more than {}; merge some with '|'",
                                         list->size(), kMaxMatchRules));
    for (const toml::node& item : *list) rules.match.push_back(read_match(r, item));
  }
  return rules;
}

}  // namespace arcollect
