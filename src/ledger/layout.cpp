#include "ledger/layout.hpp"

#include <fmt/format.h>

namespace arcollect {

namespace {

int year_of(Date day) {
  return static_cast<int>(date::year_month_day{day}.year());
}

}  // namespace

RecordPlace customer_place(const std::string& id) {
  return {"customers", id};
}

RecordPlace invoice_place(const std::string& id, Date issued) {
  return {fmt::format("invoices/{:04}", year_of(issued)), id};
}

RecordPlace payment_place(const std::string& customer, Date day, bool credit) {
  return {fmt::format("payments/{:04}", year_of(day)),
          fmt::format("{}-{}{}", format_date(day), customer, credit ? "-credit" : "")};
}

RecordPlace contact_place(const ContactEntry& entry) {
  const date::year_month_day ymd{entry.date};
  return {fmt::format("log/{:04}/{:02}", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month())),
          fmt::format("{}-{}-{}", format_date(entry.date), entry.customer,
                      name_of(channel_names(), entry.channel))};
}

RecordPlace plan_place(const std::string& id) {
  return {"plans", id};
}

}  // namespace arcollect
