// A drafted letter as `remind` and `notice` give it with --format json: whom it goes to, what
// it covers and claims, and its text.
#pragma once

#include <string>

#include "collect/letter.hpp"
#include "render/json.hpp"

namespace arcollect {

// `text` is the letter as drafted in text (its page).
JsonObject letter_json(const Book& book, const Letter& letter, const std::string& text);

}  // namespace arcollect
