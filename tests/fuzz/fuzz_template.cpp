// libFuzzer target: a letter template's text through the parser, then filled in with every
// field given a value and again with none. A malformed template is an Error; nothing may crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ledger/error.hpp"
#include "render/letter.hpp"
#include "render/template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arcollect;
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    LetterTemplate tmpl = parse_template(text, "fuzz", letter_fields());
    TemplateValues values;
    for (std::string_view field : letter_fields()) values.emplace(field, "value");
    fill_letter(tmpl, values);
    fill_letter(tmpl, {});
  } catch (const Error&) {
  }
  return 0;
}
