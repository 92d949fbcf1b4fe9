// The benchmark's floor: the least work any reader of a ledger must do to age it. It reads every
// *.toml file below the folder on all cores (one read() per file into a reused buffer), parses
// it with toml++, keeps each invoice's due date and amount and each payment's amount, applies the
// payments to their invoices and sums what is owed per age bucket of [aging] buckets 30, 60, 90.
// No validation, no messages, no ledger rules beyond that: arcollect's times are compared to
// this one (tests/bench/run). It assumes the generator's books (tests/bench/generate.py): one
// currency, a payment names its invoice, terms from `due`, the customer's terms_days or 30.
// A file it cannot read or parse is fatal (exit 1, naming the file): skipping it would print a
// smaller sum, quietly, and time less work than the books hold.
//
//     floor DIR YYYY-MM-DD      prints the total and the buckets, in minor units
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <toml++/toml.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace fs = std::filesystem;
using Days = std::chrono::sys_days;

namespace {

struct Invoice {
  std::string id, customer;
  Days issued{};
  std::optional<Days> due;
  std::int64_t amount = 0;
};

struct Payment {
  std::string invoice;
  std::int64_t amount = 0;
};

struct Found {
  std::vector<Invoice> invoices;
  std::vector<Payment> payments;
  std::unordered_map<std::string, int> terms;  // customer id -> terms_days
};

Days day_of(const toml::date& d) {
  return std::chrono::year_month_day{std::chrono::year{d.year}, std::chrono::month{d.month},
                                     std::chrono::day{d.day}};
}

std::int64_t minor(const toml::node_view<const toml::node>& node) {
  if (auto v = node.value<double>()) return std::llround(*v * 100);
  return 0;
}

bool read_file(const std::string& path, std::string& buffer) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return false;
  }
  buffer.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  while (got < buffer.size()) {
    const ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
    if (n < 0) {
      ::close(fd);
      return false;
    }
    if (n == 0) break;  // the file shrank meanwhile: what is there is the file
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  buffer.resize(got);
  return true;
}

void take(const toml::table& doc, Found& out) {
  if (auto* customers = doc["customer"].as_array())
    for (auto& node : *customers)
      if (auto* c = node.as_table())
        if (auto terms = (*c)["terms_days"].value<std::int64_t>())
          out.terms[(*c)["id"].value_or(std::string())] = static_cast<int>(*terms);
  if (auto* invoices = doc["invoice"].as_array())
    for (auto& node : *invoices) {
      const toml::table* t = node.as_table();
      if (!t) continue;
      Invoice inv;
      inv.id = (*t)["id"].value_or(std::string());
      inv.customer = (*t)["customer"].value_or(std::string());
      if (auto d = (*t)["issued"].value<toml::date>()) inv.issued = day_of(*d);
      if (auto d = (*t)["due"].value<toml::date>()) inv.due = day_of(*d);
      inv.amount = minor((*t)["amount"]);
      out.invoices.push_back(std::move(inv));
    }
  if (auto* payments = doc["payment"].as_array())
    for (auto& node : *payments) {
      const toml::table* t = node.as_table();
      if (!t) continue;
      out.payments.push_back({(*t)["invoice"].value_or(std::string()), minor((*t)["amount"])});
    }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: floor DIR YYYY-MM-DD\n");
    return 2;
  }
  const fs::path root = argv[1];
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(argv[2], "%d-%u-%u", &y, &m, &d) != 3) return 2;
  const Days today =
      std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};

  std::vector<std::string> files;
  int default_terms = 30;
  try {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".toml") continue;
      if (entry.path().filename() == "arcollect.toml") {
        auto settings = toml::parse_file(entry.path().string());
        default_terms = static_cast<int>(settings["defaults"]["terms_days"].value_or(30));
        continue;
      }
      files.push_back(entry.path().string());
    }
  } catch (const toml::parse_error& e) {
    std::fprintf(stderr, "floor: cannot parse %s: %s\n",
                 e.source().path ? e.source().path->c_str() : "arcollect.toml",
                 std::string(e.description()).c_str());
    return 1;
  } catch (const fs::filesystem_error& e) {
    std::fprintf(stderr, "floor: %s\n", e.what());
    return 1;
  }

  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<Found> found(threads);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex error_lock;
  std::string error;  // the first failure, naming its file
  auto fail = [&](std::string message) {
    std::lock_guard lock(error_lock);
    if (error.empty()) error = std::move(message);
    failed = true;
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      std::string buffer;
      for (std::size_t i; !failed && (i = next.fetch_add(1)) < files.size();) {
        if (!read_file(files[i], buffer)) {
          fail("cannot read " + files[i]);
          return;
        }
        try {
          take(toml::parse(buffer, files[i]), found[t]);
        } catch (const toml::parse_error& e) {
          const auto& at = e.source().begin;
          fail("cannot parse " + files[i] + ":" + std::to_string(at.line) + ":" +
               std::to_string(at.column) + ": " + std::string(e.description()));
          return;
        }
      }
    });
  for (auto& thread : pool) thread.join();
  if (failed) {
    std::fprintf(stderr, "floor: %s\n", error.c_str());
    return 1;
  }

  // Merge: what each invoice still owes, then its age.
  std::unordered_map<std::string, int> terms;
  std::size_t invoice_count = 0;
  for (auto& f : found) {
    terms.merge(f.terms);
    invoice_count += f.invoices.size();
  }
  std::unordered_map<std::string_view, std::int64_t> owed;
  owed.reserve(invoice_count);
  for (auto& f : found)
    for (auto& inv : f.invoices) owed[inv.id] += inv.amount;
  for (auto& f : found)
    for (auto& p : f.payments)
      if (auto it = owed.find(p.invoice); it != owed.end()) it->second -= p.amount;

  const int limits[] = {30, 60, 90};
  std::int64_t buckets[5] = {0, 0, 0, 0, 0};  // current, 1-30, 31-60, 61-90, 90+
  std::int64_t total = 0;
  for (auto& f : found)
    for (auto& inv : f.invoices) {
      const std::int64_t left = owed[inv.id];
      if (left <= 0) continue;
      Days due = inv.due.value_or(inv.issued);
      if (!inv.due) {
        auto t = terms.find(inv.customer);
        due += std::chrono::days{t == terms.end() ? default_terms : t->second};
      }
      const auto age = (today - due).count();
      int bucket = 0;
      if (age > 0) {
        bucket = 4;
        for (int b = 0; b < 3; ++b)
          if (age <= limits[b]) {
            bucket = b + 1;
            break;
          }
      }
      buckets[bucket] += left;
      total += left;
    }
  std::printf("files %zu\ninvoices %zu\ntotal %lld\n", files.size(), invoice_count,
              static_cast<long long>(total));
  const char* names[] = {"current", "1-30", "31-60", "61-90", "90+"};
  for (int b = 0; b < 5; ++b)
    std::printf("%s %lld\n", names[b], static_cast<long long>(buckets[b]));
  return 0;
}
