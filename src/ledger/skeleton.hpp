// The files `arcollect init` writes, in order: one example customer and invoice, a
// .gitignore, and the settings with every option explained.
#pragma once

#include <string>
#include <vector>

#include "ledger/date.hpp"

namespace arcollect {

struct SkeletonOptions {
  std::string business_name = "Your Business Ltd";
  std::string currency = "GBP";
  std::string jurisdiction = "uk";
  Date today{};
};

struct SkeletonFile {
  std::string path;  // relative to the ledger root
  std::string content;
  bool optional = false;  // kept as it is when it exists already (.gitignore)
};

std::vector<SkeletonFile> ledger_skeleton(const SkeletonOptions& options);

}  // namespace arcollect
