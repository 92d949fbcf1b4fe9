// The names of the record files arcollect writes: the readable part a RecordPlace gives (date,
// customer, kind, or an id) and a suffix that no other clone of the ledger chooses too.
//
// Two clones (a laptop and a cron host) that record the same kind of event for the same
// customer on the same day would otherwise both write one name, and `git merge` would stop on
// an add/add conflict. The suffix is twelve characters of Crockford's base32 (0-9 and a-z
// without i, l, o, u): eight for the time of writing, in milliseconds since 2020, then four
// random ones (20 bits). The time first makes one clone's files of one place sort, and so be
// read, in the order they were written: a dispute and its resolution logged the same day keep
// their order, as promises do. Two clones would have to write the place in the same millisecond
// and draw the same 20 bits to choose one name. Within one clone the ledger lock orders writers
// and a name already taken is drawn again.
#pragma once

#include <cstddef>
#include <string>

namespace arcollect {

inline constexpr std::size_t kNameSuffixLength = 12;

// `folder`/`stem`-SUFFIX.toml, the `attempt`th draw (0 first) for that place.
std::string record_file_name(const std::string& folder, const std::string& stem, unsigned attempt);

// The name a dry run shows for a record it would write there: the suffix is drawn only when
// the file is written, so it stands as "<suffix>".
std::string planned_file_name(const std::string& folder, const std::string& stem);

// Makes the suffixes a function of `seed`, the place and the attempt instead of the time and
// chance, so that the golden tests' outputs are reproducible (ARCOLLECT_NAME_SEED; tests only:
// two clones with one seed would choose the same names again).
void set_name_seed(std::string seed);

}  // namespace arcollect
