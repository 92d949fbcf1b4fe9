// One ladder step recorded twice: the same step for the same customer on the same day, in two
// files. A merge of two clones that each sent (or recorded) the step leaves exactly that, and the
// letter may have gone out twice. The loader warns of it; `due --explain` shows it by the step.
#pragma once

#include <cstddef>
#include <vector>

#include "ledger/book.hpp"

namespace arcollect {

struct StepDouble {
  std::size_t later = 0;  // index into Book::contacts, in ledger order
  std::size_t first = 0;  // the earlier entry it repeats
};

// Every entry that repeats an earlier one's step, customer and date from another file.
std::vector<StepDouble> steps_recorded_twice(const Book& book);

}  // namespace arcollect
