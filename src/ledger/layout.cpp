#include "ledger/layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace arcollect {

namespace {

// Characters a file name should not hold ('/', spaces, quotes) become '-', as does a leading
// '.', which would hide the file.
std::string safe_stem(std::string_view text) {
  std::string stem(text);
  for (char& c : stem) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
    if (!safe) c = '-';
  }
  if (stem.starts_with('.')) stem[0] = '-';
  return stem;
}

}  // namespace

RecordPlace customer_place(const std::string& id) {
  return {"customers", id};
}

RecordPlace invoice_place(const std::string& id, Date issued) {
  return {fmt::format("invoices/{:04}", year_of(issued)), safe_stem(id)};
}

RecordPlace payment_place(const std::string& customer, Date day, bool credit) {
  return {fmt::format("payments/{:04}", year_of(day)),
          fmt::format("{}-{}{}", format_date(day), customer, credit ? "-credit" : "")};
}

RecordPlace contact_place(const ContactEntry& entry) {
  const CivilDay day = civil_of(entry.date);
  return {fmt::format("log/{:04}/{:02}", day.year, day.month),
          fmt::format("{}-{}-{}", format_date(entry.date), entry.customer,
                      name_of(channel_names(), entry.channel))};
}

RecordPlace plan_place(const std::string& id) {
  return {"plans", id};
}

RecordPlace rate_place(const RateRecord& rate) {
  return {"rates",
          std::string(name_of(rate_series_names(), rate.series)) + "-" + format_date(rate.from)};
}

RecordPlace import_place(Date today, std::string_view statement) {
  // The statement's file name without its folder and extension, cut to a readable length.
  std::string_view name = statement.substr(statement.find_last_of('/') + 1);
  name = name.substr(0, std::min(name.rfind('.'), std::size_t{60}));
  if (name.empty()) name = "statement";
  return {fmt::format("payments/{:04}", year_of(today)),
          fmt::format("{}-import-{}", format_date(today), safe_stem(name))};
}

}  // namespace arcollect
