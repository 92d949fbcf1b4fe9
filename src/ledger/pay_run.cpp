#include "ledger/pay_run.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace arcollect {

namespace {

std::string lower_trimmed(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto first = out.find_first_not_of(' ');
  auto last = out.find_last_not_of(' ');
  return first == std::string::npos ? "" : out.substr(first, last - first + 1);
}

std::optional<unsigned> parse_weekday(std::string_view name) {
  static constexpr std::array<std::string_view, 7> names = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (unsigned i = 0; i < names.size(); ++i)
    if (names[i] == name) return i;
  return std::nullopt;
}

std::optional<std::vector<unsigned>> parse_days(std::string_view text) {
  std::vector<unsigned> days;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    auto part = text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty() || part.size() > 2) return std::nullopt;
    unsigned day = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      day = day * 10 + static_cast<unsigned>(c - '0');
    }
    if (day < 1 || day > 31) return std::nullopt;
    days.push_back(day);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

}  // namespace

std::optional<PayRun> parse_pay_run(std::string_view text) {
  std::string words = lower_trimmed(text);
  PayRun run;
  for (std::string_view prefix : {"last ", "every "}) {
    if (words.rfind(prefix, 0) != 0) continue;
    auto weekday = parse_weekday(lower_trimmed(std::string_view(words).substr(prefix.size())));
    if (!weekday) return std::nullopt;
    run.kind = prefix == "last " ? PayRun::Kind::last_weekday : PayRun::Kind::weekly;
    run.weekday = *weekday;
    return run;
  }
  auto days = parse_days(words);
  if (!days) return std::nullopt;
  run.days = std::move(*days);
  return run;
}

Date next_pay_run(const PayRun& run, Date from) {
  const int weekday = static_cast<int>(run.weekday);
  if (run.kind == PayRun::Kind::weekly) return add_days(from, (weekday - weekday_of(from) + 7) % 7);
  const CivilDay start = civil_of(from);
  for (int i = 0; i < 3; ++i) {
    const int year = start.year + static_cast<int>((start.month - 1 + i) / 12);
    const unsigned month = (start.month - 1 + i) % 12 + 1;
    const unsigned month_end = month_length(year, month);
    if (run.kind == PayRun::Kind::last_weekday) {
      const Date last = make_date(year, month, month_end);
      const Date candidate = add_days(last, -((weekday_of(last) - weekday + 7) % 7));
      if (candidate >= from) return candidate;
      continue;
    }
    for (unsigned d : run.days) {
      const Date candidate = make_date(year, month, std::min(d, month_end));
      if (candidate >= from) return candidate;
    }
  }
  return from;  // unreachable: every kind has a date within two months
}

}  // namespace arcollect
