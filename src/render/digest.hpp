// The morning digest as one email for `sendmail -t`: the subject counts the actions and sums
// what is overdue; the body is the agenda, the totals by age and what changed.
#pragma once

#include <string>

#include "collect/digest.hpp"

namespace arcollect {

// "arcollect: 7 actions, £19,510.00 and €5,100.00 overdue (Harper & Vale Studio Ltd)".
std::string digest_subject(const Book& book, const Digest& digest);

// Plain text; `warnings`: how many the ledger has, which `check` lists.
std::string digest_body(const Book& book, const Digest& digest, std::size_t warnings);

// The whole message to `to`, from [business] email (else from `to` itself); `date` is its
// Date header. Empty when nothing is due: cron then mails nothing.
std::string digest_eml(const Book& book, const Digest& digest, std::size_t warnings,
                       const std::string& to, const std::string& date);

}  // namespace arcollect
