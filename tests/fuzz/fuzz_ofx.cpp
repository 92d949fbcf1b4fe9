// libFuzzer target: an OFX or QFX file's bytes (1.x SGML or 2.x XML, any encoding) through the
// OFX importer. A file it cannot read is an Error; nothing may crash, hang or grow without bound.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ledger/error.hpp"
#include "ledger/statement_ofx.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arcollect;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  looks_like_ofx(bytes);
  try {
    read_ofx(bytes, "fuzz.ofx");
  } catch (const Error&) {
  }
  return 0;
}
