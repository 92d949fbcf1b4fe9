// libFuzzer target: a record file's text (the first byte 0: arcollect.toml's instead) through
// the loader, then, when it loads cleanly, the account state, aging and the agenda. Nothing may
// crash, hang or grow without bound, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "collect/account_state.hpp"
#include "collect/agenda.hpp"
#include "collect/aging.hpp"
#include "ledger/error.hpp"
#include "ledger/loader.hpp"

namespace {

const char* kSettings = R"([business]
name = "Fuzz Ltd"
currency = "GBP"
jurisdiction = "uk"
)";

const char* kRecords = R"([[customer]]
id = "acme"
name = "Acme Ltd"
[[invoice]]
id = "A1"
customer = "acme"
issued = 2026-01-01
amount = 100.00
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arcollect;
  if (size == 0) return 0;
  const bool settings = data[0] == 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string files[] = {settings ? text : kSettings, settings ? kRecords : text};
  ReadSource read = [&](std::size_t i, std::string& out, std::string&) {
    out = files[i];
    return ReadStatus::ok;
  };
  LoadResult loaded = load_sources({"arcollect.toml", "records.toml"}, read, 1);
  if (has_errors(loaded.diagnostics)) return 0;
  try {
    const Date today = make_date(2026, 11, 23);
    AccountState state = account_state(loaded.book, today);
    aging_report(state, AgingSpec{});
    build_agenda(loaded.book, AgendaSpec{today, 14});
  } catch (const Error&) {
    // A figure past 64 bits is reported, never wrapped: that is an answer, not a crash.
  }
  return 0;
}
