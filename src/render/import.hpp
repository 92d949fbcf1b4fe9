// What `arcollect import` prints: each statement line and what became of it, and the counts.
#pragma once

#include <cstdint>
#include <string>

#include "collect/bank_import.hpp"
#include "render/record_file.hpp"

namespace arcollect {

struct ImportReport {
  const ImportPlan& plan;
  RecordFile file;             // path empty when there was nothing to write
  std::string rules;           // the rules file as shown, "" without --rules
  std::string statement;       // the statement file as given
  std::uint32_t left_out = 0;  // lines the rules' skip_when left out
};

std::string import_text(const Book& book, const ImportReport& report);
JsonObject import_json(const Book& book, const ImportReport& report);

}  // namespace arcollect
