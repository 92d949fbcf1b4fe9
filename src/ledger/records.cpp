#include "ledger/records.hpp"

namespace arcollect {

namespace {

constexpr std::pair<std::string_view, CustomerKind> kKinds[] = {
    {"business", CustomerKind::business}, {"individual", CustomerKind::individual}};
constexpr std::pair<std::string_view, ContactRole> kRoles[] = {{"ap", ContactRole::ap},
                                                               {"finance", ContactRole::finance},
                                                               {"buyer", ContactRole::buyer},
                                                               {"other", ContactRole::other}};
constexpr std::pair<std::string_view, Channel> kChannels[] = {
    {"call", Channel::call},        {"email", Channel::email}, {"letter", Channel::letter},
    {"visit", Channel::visit},      {"sms", Channel::sms},     {"meeting", Channel::meeting},
    {"internal", Channel::internal}};
constexpr std::pair<std::string_view, Outcome> kOutcomes[] = {
    {"none", Outcome::none},       {"no-answer", Outcome::no_answer}, {"promise", Outcome::promise},
    {"dispute", Outcome::dispute}, {"resolved", Outcome::resolved},   {"paused", Outcome::paused},
    {"paid", Outcome::paid}};
constexpr std::pair<std::string_view, Language> kLanguages[] = {{"en", Language::en},
                                                                {"de", Language::de}};
constexpr std::pair<std::string_view, RateSeries> kRateSeries[] = {
    {"boe", RateSeries::boe},   {"ecb", RateSeries::ecb}, {"bbk", RateSeries::bbk},
    {"oenb", RateSeries::oenb}, {"nl", RateSeries::nl},   {"es", RateSeries::es},
    {"be", RateSeries::be}};
constexpr std::pair<std::string_view, Jurisdiction> kJurisdictions[] = {
    {"uk", Jurisdiction::uk}, {"de", Jurisdiction::de},    {"fr", Jurisdiction::fr},
    {"nl", Jurisdiction::nl}, {"ie", Jurisdiction::ie},    {"es", Jurisdiction::es},
    {"it", Jurisdiction::it}, {"at", Jurisdiction::at},    {"be", Jurisdiction::be},
    {"eu", Jurisdiction::eu}, {"none", Jurisdiction::none}};

}  // namespace

NameTable<CustomerKind> customer_kind_names() {
  return kKinds;
}
NameTable<ContactRole> role_names() {
  return kRoles;
}
NameTable<Channel> channel_names() {
  return kChannels;
}
NameTable<Outcome> outcome_names() {
  return kOutcomes;
}

NameTable<Language> language_names() {
  return kLanguages;
}

NameTable<Jurisdiction> jurisdiction_names() {
  return kJurisdictions;
}

NameTable<RateSeries> rate_series_names() {
  return kRateSeries;
}

bool down_payment_in_plan(const Plan& plan) {
  return !plan.installments.empty() && plan.installments.front().due == plan.agreed;
}

bool is_slug(std::string_view id) {
  bool ok = !id.empty();
  for (std::size_t i = 0; ok && i < id.size(); ++i) {
    char c = id[i];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    ok = alnum || (i > 0 && (c == '.' || c == '_' || c == '-'));
  }
  return ok;
}

}  // namespace arcollect
