// arcollect notice CUSTOMER: the notice of intended legal action, or for a UK individual the
// Pre-Action Protocol letter of claim.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/letters.hpp"
#include "collect/account_state.hpp"
#include "ledger/error.hpp"

namespace arcollect::cli {

namespace {

struct NoticeOptions {
  std::string customer;
  LetterOptions letters;
};

}  // namespace

std::function<int()> setup_notice(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<NoticeOptions>();
  app.add_option("CUSTOMER", o->customer, "the customer's id")->required();
  add_letter_options(app, o->letters);
  return [&globals, o] {
    Book book = load_book(globals);
    std::size_t c = customer_number(book, o->customer);
    const AccountState state = account_state(book, today(globals));
    Letter letter = draft_letter(state, c, notice_step(book, c));
    if (letter.invoices.empty())
      throw Error(
          fmt::format("{} has nothing overdue to claim (disputed invoices and those "
                      "under a live plan are left out); no notice was drafted",
                      o->customer));
    return deliver_letters(globals, book, {letter}, o->letters, "notice");
  };
}

}  // namespace arcollect::cli
