#include "render/letter.hpp"

#include <fmt/format.h>

#include <set>

#include "render/percent.hpp"
#include "render/table.hpp"
#include "render/wrap.hpp"

namespace arcollect {

namespace {

constexpr std::string_view kFields[] = {
    "business.name",
    "business.email",
    "business.address",
    "customer.name",
    "customer.id",
    "customer.address",
    "contact.name",
    "step",
    "today",
    "deadline",
    "reply_days",
    "invoices",
    "invoice_ids",
    "descriptions",
    "due",
    "oldest_days",
    "owed",
    "overdue",
    "interest",
    "interest_rate",
    "daily_interest",
    "compensation",
    "fee",
    "fee_terms",
    "charges",
    "claim",
    "law",
    "payment_details",
    "payment_url",
    "discount",
    "plan_id",
    "schedule",
    "plan_total",
    "charges_added",
    "broken_plan",
    "rate_assumed",
};

// "7,030.00 GBP and 5,100.00 EUR": the nonzero amounts `pick` takes from each total.
template <class Pick>
std::string amounts(const Letter& letter, Pick pick) {
  std::string out;
  for (const LetterTotal& total : letter.totals) {
    std::int64_t minor = pick(total);
    if (minor == 0) continue;
    out += (out.empty() ? "" : " and ") + money_text(minor, total.currency);
  }
  return out;
}

std::string short_date(Date day) {
  return fmt::format("{} {}", format_day_month(day),
                     static_cast<int>(date::year_month_day{day}.year()));
}

std::string status_text(int days) {
  if (days > 0) return fmt::format("{} day{} overdue", days, days == 1 ? "" : "s");
  if (days == 0) return "due today";
  return fmt::format("due in {} day{}", -days, days == -1 ? "" : "s");
}

std::string escape_markdown(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Rows as an indented text table or a Markdown table.
std::string block(const Table& table, LetterStyle style) {
  if (style == LetterStyle::text) {
    std::string out;
    std::string text = render_table(table, false);
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      out += "  " + text.substr(at, end - at) + "\n";
      at = end + 1;
    }
    out.pop_back();
    return out;
  }
  auto row = [](const std::vector<Cell>& cells) {
    std::string line = "|";
    for (const Cell& cell : cells) line += " " + escape_markdown(cell.text) + " |";
    return line + "\n";
  };
  std::string out = row(table.header) + "|";
  for (Align a : table.align) out += a == Align::left ? " --- |" : " ---: |";
  out += "\n";
  for (const auto& r : table.rows) out += row(r);
  for (const auto& r : table.footer) out += row(r);
  out.pop_back();
  return out;
}

std::string invoice_table(const Book& book, const Letter& letter, LetterStyle style) {
  bool po = false;
  for (const LetterInvoice& line : letter.invoices)
    po = po || !book.invoices[line.invoice].po.empty();
  Table table;
  table.header = {"Invoice", "Issued", "Due", "Amount", "Unpaid", ""};
  table.align = {Align::left, Align::left, Align::left, Align::right, Align::right, Align::left};
  if (po) {
    table.header.insert(table.header.begin() + 1, "PO");
    table.align.insert(table.align.begin() + 1, Align::left);
  }
  for (const LetterInvoice& line : letter.invoices) {
    const Invoice& inv = book.invoices[line.invoice];
    std::vector<Cell> row = {inv.id,
                             short_date(inv.issued),
                             short_date(inv.due),
                             money_text(inv.amount.minor, inv.amount.currency),
                             money_text(line.balance, inv.amount.currency),
                             status_text(line.days)};
    if (po) row.insert(row.begin() + 1, inv.po);
    table.rows.push_back(std::move(row));
  }
  return block(table, style);
}

std::string charges_table(const Letter& letter, LetterStyle style) {
  Table table;
  table.header = {"", "Amount"};
  table.align = {Align::left, Align::right};
  for (const LetterTotal& t : letter.totals) {
    if (t.overdue == 0) continue;
    std::string suffix = letter.totals.size() > 1 ? " (" + t.currency + ")" : "";
    auto add = [&](const std::string& what, std::int64_t minor) {
      if (minor != 0) table.rows.push_back({what + suffix, money_text(minor, t.currency)});
    };
    add("Unpaid invoices now due", t.overdue);
    add("Interest to " + format_long_date(letter.today), t.interest);
    add("Fixed compensation for recovery costs", t.compensation);
    add("Late-payment fee", t.late_fee);
    table.footer.push_back({"Total claimed" + suffix, money_text(t.claim(), t.currency)});
  }
  if (table.footer.empty()) return "";
  if (style == LetterStyle::text) table.header = {"", ""};
  std::string out = block(table, style);
  if (style == LetterStyle::text) out = out.substr(out.find('\n') + 1);  // no header line
  return out;
}

std::string schedule_table(const Letter& letter, const std::string& currency, LetterStyle style) {
  Table table;
  table.header = {"", "Due", "Amount"};
  table.align = {Align::left, Align::left, Align::right};
  int n = 0;
  for (const auto& [due, minor] : letter.schedule)
    table.rows.push_back({due == letter.today && n == 0 ? "now" : std::to_string(++n),
                          format_long_date(due), money_text(minor, currency)});
  return block(table, style);
}

std::string law_name(InterestBasis basis) {
  switch (basis) {
    case InterestBasis::statutory_uk:
      return "the Late Payment of Commercial Debts (Interest) Act 1998";
    case InterestBasis::statutory_eu:
      return "Directive 2011/7/EU on combating late payment in commercial transactions";
    case InterestBasis::contractual:
      return "our terms of business";
    case InterestBasis::none:
      return "";
  }
  return "";
}

std::string join_lines(const std::vector<std::string>& lines, LetterStyle style) {
  std::string out;
  for (const auto& line : lines)
    out += (out.empty() ? "" : style == LetterStyle::markdown ? "  \n" : "\n") + line;
  return out;
}

}  // namespace

std::span<const std::string_view> letter_fields() {
  return kFields;
}

std::string template_for(const Letter& letter) {
  return letter.kind == LetterKind::letter_of_claim ? "letter-of-claim" : letter.template_name;
}

TemplateValues letter_values(const Book& book, const Letter& letter, LetterStyle style) {
  const Settings& settings = book.settings;
  const Customer& customer = book.customers[letter.customer];
  auto plain = [&](std::string_view text) {
    return style == LetterStyle::markdown ? escape_markdown(text) : std::string(text);
  };
  std::vector<std::string> business_address, customer_address;
  for (const auto& line : settings.business.address) business_address.push_back(plain(line));
  for (const auto& line : customer.address) customer_address.push_back(plain(line));

  TemplateValues v;
  v["business.name"] = plain(settings.business.name);
  v["business.email"] = plain(settings.business.email);
  v["business.address"] = join_lines(business_address, style);
  v["customer.name"] = plain(customer.name);
  v["customer.id"] = plain(customer.id);
  v["customer.address"] = join_lines(customer_address, style);
  v["contact.name"] = plain(letter.to_name.empty() ? customer.name : letter.to_name);
  v["step"] = plain(letter.step);
  v["today"] = format_long_date(letter.today);
  v["deadline"] = format_long_date(letter.deadline);
  v["reply_days"] = std::to_string(letter.reply_days);
  v["payment_details"] = plain(settings.business.payment_details);
  v["payment_url"] = plain(settings.business.payment_url);
  v["law"] = law_name(letter.basis);

  std::vector<std::string> ids, descriptions, discounts;
  std::set<std::int64_t> rates;
  int oldest = 0;
  for (const LetterInvoice& line : letter.invoices) {
    const Invoice& inv = book.invoices[line.invoice];
    ids.push_back(inv.id);
    descriptions.push_back(
        plain(fmt::format("{} of {}: {}", inv.id, format_long_date(inv.issued),
                          inv.description.empty() ? "as invoiced" : inv.description)));
    if (line.rate > 0) rates.insert(line.rate);
    oldest = std::max(oldest, line.days);
    if (line.discount_until)
      discounts.push_back(fmt::format("Pay {} by {} and you may deduct {} ({}).", inv.id,
                                      format_long_date(*line.discount_until),
                                      percent_text(settings.defaults.early_discount->percent),
                                      money_text(line.discount, inv.amount.currency)));
  }
  v["invoices"] = letter.invoices.empty() ? "" : invoice_table(book, letter, style);
  v["invoice_ids"] = plain(fmt::format("{}", fmt::join(ids, ", ")));
  v["descriptions"] = join_lines(descriptions, style);
  v["discount"] = join_lines(discounts, style);
  v["due"] = letter.invoices.empty()
                 ? ""
                 : format_long_date(book.invoices[letter.invoices.front().invoice].due);
  v["oldest_days"] = oldest > 0 ? std::to_string(oldest) : "";
  std::vector<std::string> rate_texts;
  for (std::int64_t r : rates) rate_texts.push_back(rate_text(r));
  v["interest_rate"] = fmt::format("{}", fmt::join(rate_texts, " and "));

  v["owed"] = amounts(letter, [](const LetterTotal& t) { return t.owed; });
  v["overdue"] = amounts(letter, [](const LetterTotal& t) { return t.overdue; });
  v["interest"] = amounts(letter, [](const LetterTotal& t) { return t.interest; });
  v["daily_interest"] = amounts(letter, [](const LetterTotal& t) { return t.daily; });
  v["compensation"] = amounts(letter, [](const LetterTotal& t) { return t.compensation; });
  v["fee"] = amounts(letter, [](const LetterTotal& t) { return t.late_fee; });
  v["claim"] = amounts(letter, [](const LetterTotal& t) { return t.overdue ? t.claim() : 0; });
  v["charges"] = charges_table(letter, style);
  v["plan_id"] = plain(letter.plan_id);
  std::int64_t plan_total = 0;
  for (const auto& [due, minor] : letter.schedule) plan_total += minor;
  v["plan_total"] = letter.schedule.empty() || letter.totals.empty()
                        ? ""
                        : money_text(plan_total, letter.totals.front().currency);
  v["charges_added"] = letter.plan_charges_added ? "yes" : "";
  v["broken_plan"] = plain(fmt::format("{}", fmt::join(letter.broken_plans, ", ")));
  std::vector<std::string> assumed;
  for (const Reason& note : letter.notes)
    if (note.kind == ReasonKind::rate_past_known && note.date && note.due)
      assumed.push_back(fmt::format(
          "Our record of the {} ends on {}, so the rate for {} is taken to be the last known "
          "one, {}{}.",
          note.text, format_long_date(*note.due), format_long_date(*note.date),
          rate_text(note.rate.value_or(0)),
          note.made ? fmt::format(" (in force from {})", format_long_date(*note.made)) : ""));
  v["rate_assumed"] = fmt::format("{}", fmt::join(assumed, " "));
  v["schedule"] = letter.schedule.empty() || letter.totals.empty()
                      ? ""
                      : schedule_table(letter, letter.totals.front().currency, style);
  if (const auto& fee = settings.defaults.late_fee)
    v["fee_terms"] =
        fee->percent
            ? percent_text(*fee->percent) + " of the overdue balance"
            : money_text(
                  to_minor(*fee->amount, minor_digits(settings.business.currency)).value_or(0),
                  settings.business.currency) +
                  " per overdue invoice";
  return v;
}

FilledLetter fill_letter(const LetterTemplate& tmpl, const TemplateValues& values,
                         LetterStyle style) {
  FilledLetter filled;
  filled.subject = expand(tmpl.subject, values);
  std::string body = expand(tmpl.body, values);
  if (style == LetterStyle::text) body = reflow(body);
  while (!body.empty() && body.back() == '\n') body.pop_back();
  filled.body = body + "\n";
  return filled;
}

std::string letter_page(const Book& book, const Letter& letter, const FilledLetter& filled,
                        LetterStyle style) {
  const Business& business = book.settings.business;
  const Customer& customer = book.customers[letter.customer];
  TemplateValues v = letter_values(book, letter, style);
  bool md = style == LetterStyle::markdown;
  std::vector<std::string> head = {md ? "**" + v["business.name"] + "**" : v["business.name"]};
  if (!business.address.empty()) head.push_back(v["business.address"]);
  if (!business.email.empty()) head.push_back(v["business.email"]);
  std::vector<std::string> to;
  if (!letter.to_name.empty()) to.push_back(v["contact.name"]);
  to.push_back(v["customer.name"]);
  if (!customer.address.empty()) to.push_back(v["customer.address"]);

  std::string body = filled.body;
  if (md) body = markdown_breaks(body);
  return fmt::format("{}\n\n{}\n\n{}\n\n{}{}\n\n{}", join_lines(head, style),
                     format_long_date(letter.today), join_lines(to, style), md ? "## " : "",
                     filled.subject, body);
}

}  // namespace arcollect
