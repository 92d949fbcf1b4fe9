// "Did you mean …?": the closest of a few candidate words.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace arcollect {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is plausibly a typo of it.
std::optional<std::string> closest_word(std::string_view word,
                                        std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace arcollect
