#include "ledger/invoice_numbers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "ledger/error.hpp"

namespace arcollect {

namespace {

struct Field {
  enum Kind { literal, year, month, seq } kind = literal;
  std::string text;  // a literal's text
  int width = 1;     // {seq:0N}: at least N digits
};

constexpr int kMaxSeqDigits = 18;       // below 2^63
constexpr std::size_t kInferFrom = 10;  // the latest invoices a pattern is inferred from

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The fields of `format`, or what is wrong with it in `problem`.
std::vector<Field> parse_format(std::string_view format, std::string& problem) {
  std::vector<Field> fields;
  int seqs = 0, years = 0, months = 0;
  std::size_t at = 0;
  while (at < format.size() && problem.empty()) {
    const char c = format[at];
    if (c == '}') {
      problem = fmt::format("'}}' at {} closes no field", at + 1);
      break;
    }
    if (c != '{') {
      if (fields.empty() || fields.back().kind != Field::literal) fields.push_back({});
      fields.back().text += c;
      ++at;
      continue;
    }
    const std::size_t end = format.find('}', at);
    if (end == std::string_view::npos) {
      problem = fmt::format("'{{' at {} is not closed", at + 1);
      break;
    }
    const std::string_view name = format.substr(at + 1, end - at - 1);
    Field field;
    if (name == "year") {
      field.kind = Field::year, ++years;
    } else if (name == "month") {
      field.kind = Field::month, ++months;
    } else if (name == "seq") {
      field.kind = Field::seq, ++seqs;
    } else if (name.size() == 6 && name.starts_with("seq:0") && name[5] >= '1' && name[5] <= '9') {
      field.kind = Field::seq, field.width = name[5] - '0', ++seqs;
    } else {
      problem = fmt::format("{{{}}} is not a field", name);
      break;
    }
    fields.push_back(field);
    at = end + 1;
  }
  if (problem.empty() && seqs != 1)
    problem = seqs == 0 ? "it has no {seq}, the running number" : "it has {seq} more than once";
  if (problem.empty() && (years > 1 || months > 1))
    problem = "it has {year} or {month} more than once";
  if (problem.empty() && months == 1 && years == 0)
    problem = "{month} needs {year}, or numbers would repeat each year";
  if (problem.empty() && (format.front() == ' ' || format.back() == ' '))
    problem = "numbers cannot begin or end with a space";
  for (char c : format)
    if (problem.empty() && (static_cast<unsigned char>(c) < 0x20 || c == 0x7f))
      problem = "it holds a control character";
  if (!problem.empty()) fields.clear();
  return fields;
}

struct Parts {
  int year = 0, month = 0;
  std::int64_t seq = 0;
};

// Does `id` from `at` on match fields[f..]? Fills `parts`. A running number takes the longest
// run of digits that lets the rest match.
bool match(const std::vector<Field>& fields, std::size_t f, std::string_view id, std::size_t at,
           Parts& parts) {
  if (f == fields.size()) return at == id.size();
  const Field& field = fields[f];
  auto digits_at = [&](std::size_t n) {
    if (at + n > id.size()) return false;
    for (std::size_t k = at; k < at + n; ++k)
      if (!is_digit(id[k])) return false;
    return true;
  };
  auto number = [&](std::size_t n) {
    std::int64_t v = 0;
    for (std::size_t k = at; k < at + n; ++k) v = v * 10 + (id[k] - '0');
    return v;
  };
  switch (field.kind) {
    case Field::literal:
      return id.substr(at).starts_with(field.text) &&
             match(fields, f + 1, id, at + field.text.size(), parts);
    case Field::year:
      if (!digits_at(4)) return false;
      parts.year = static_cast<int>(number(4));
      return match(fields, f + 1, id, at + 4, parts);
    case Field::month:
      if (!digits_at(2) || number(2) < 1 || number(2) > 12) return false;
      parts.month = static_cast<int>(number(2));
      return match(fields, f + 1, id, at + 2, parts);
    case Field::seq: {
      std::size_t run = 0;
      while (at + run < id.size() && is_digit(id[at + run]) && run < kMaxSeqDigits) ++run;
      for (; run > 0; --run) {
        parts.seq = number(run);
        if (match(fields, f + 1, id, at + run, parts)) return true;
      }
      return false;
    }
  }
  return false;
}

bool charges_invoice(const Book& book, const std::string& id) {
  if (!id.starts_with("CHG-")) return false;
  for (const Plan& plan : book.plans) {
    const std::string of = "CHG-" + plan.id;
    if (id == of || id.starts_with(of + "-")) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> id_format_problem(std::string_view format) {
  if (format.empty()) return "it is empty";
  std::string problem;
  parse_format(format, problem);
  if (problem.empty()) return std::nullopt;
  return problem;
}

std::optional<std::string> infer_id_format(std::string_view last_id, int issued_year) {
  if (last_id.find_first_of("{}") != std::string_view::npos) return std::nullopt;
  std::size_t end = last_id.size();
  while (end > 0 && !is_digit(last_id[end - 1])) --end;
  if (end == 0) return std::nullopt;
  std::size_t start = end;
  while (start > 0 && is_digit(last_id[start - 1])) --start;
  const std::size_t width = end - start;
  if (width > kMaxSeqDigits) return std::nullopt;
  std::string head(last_id.substr(0, start));
  const std::string year = fmt::format("{:04}", issued_year);
  // The last four-digit run before the number that is the year the invoice was issued in.
  for (std::size_t at = head.size(); at >= 4; --at) {
    const std::size_t from = at - 4;
    const bool bounded =
        (from == 0 || !is_digit(head[from - 1])) && (at == head.size() || !is_digit(head[at]));
    if (bounded && head.compare(from, 4, year) == 0) {
      head.replace(from, 4, "{year}");
      break;
    }
  }
  std::string format = head + (width == 1 ? "{seq}" : fmt::format("{{seq:0{}}}", width)) +
                       std::string(last_id.substr(end));
  if (id_format_problem(format)) return std::nullopt;
  return format;
}

std::string invoice_id_format(const Book& book) {
  if (!book.settings.invoices.id_format.empty()) return book.settings.invoices.id_format;
  std::vector<const Invoice*> recent;
  for (const Invoice& inv : book.invoices)
    if (!inv.incomplete && !charges_invoice(book, inv.id)) recent.push_back(&inv);
  auto later = [](const Invoice* a, const Invoice* b) {
    return std::tie(a->issued, a->id) > std::tie(b->issued, b->id);
  };
  const std::size_t n = std::min(recent.size(), kInferFrom);
  std::partial_sort(recent.begin(), recent.begin() + static_cast<std::ptrdiff_t>(n), recent.end(),
                    later);
  // The pattern most of the latest invoices follow, the latest's on a tie: one number given
  // by hand does not change how the next are numbered.
  std::vector<std::pair<std::string, std::size_t>> counts;
  for (std::size_t k = 0; k < n; ++k) {
    const int year = year_of(recent[k]->issued);
    auto format = infer_id_format(recent[k]->id, year);
    if (!format) continue;
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& count) { return count.first == *format; });
    if (it == counts.end())
      counts.emplace_back(*format, 1);
    else
      ++it->second;
  }
  const auto best =
      std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;  // the first of the most used: the latest
      });
  return best == counts.end() ? std::string(kDefaultIdFormat) : best->first;
}

bool id_follows_format(std::string_view id, std::string_view format) {
  std::string problem;
  const std::vector<Field> fields = parse_format(format, problem);
  Parts parts;
  return !fields.empty() && match(fields, 0, id, 0, parts);
}

std::string next_invoice_id(const Book& book, std::string_view format, Date issued) {
  std::string problem;
  const std::vector<Field> fields = parse_format(format, problem);
  if (fields.empty()) throw Error(fmt::format("invoice number format '{}': {}", format, problem));
  const CivilDay day = civil_of(issued);
  const int year = day.year;
  const int month = static_cast<int>(day.month);
  bool by_year = false, by_month = false;
  for (const Field& field : fields) {
    by_year = by_year || field.kind == Field::year;
    by_month = by_month || field.kind == Field::month;
  }
  std::int64_t highest = 0;
  for (const Invoice& inv : book.invoices) {
    Parts parts;
    if (!match(fields, 0, inv.id, 0, parts)) continue;
    if ((by_year && parts.year != year) || (by_month && parts.month != month)) continue;
    highest = std::max(highest, parts.seq);
  }
  const std::int64_t next = highest + 1;
  std::string id;
  for (const Field& field : fields) {
    switch (field.kind) {
      case Field::literal:
        id += field.text;
        break;
      case Field::year:
        id += fmt::format("{:04}", year);
        break;
      case Field::month:
        id += fmt::format("{:02}", month);
        break;
      case Field::seq:
        id += fmt::format("{:0{}}", next, field.width);
        break;
    }
  }
  if (fmt::format("{}", next).size() > kMaxSeqDigits)
    throw Error(fmt::format("the next invoice number after {} has more than {} digits; give --id",
                            highest, kMaxSeqDigits));
  return id;
}

}  // namespace arcollect
