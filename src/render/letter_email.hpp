// A letter as an email: from the business, to the step's contact, in the customer's thread.
#pragma once

#include <string>

#include "render/eml.hpp"
#include "render/letter.hpp"

namespace arcollect {

// A Message-ID that is the same whenever the same letter is drafted again: the date, step,
// customer and invoices, at the business's mail domain.
std::string letter_message_id(const Book& book, const Letter& letter);

// The RFC 5322 message for `letter`, dated `date` (see email_date()). Throws Error naming the
// customer's file when the message cannot be written: no address to send to, or a field that
// would break a header.
std::string letter_eml(const Book& book, const Letter& letter, const FilledLetter& filled,
                       const std::string& date);

}  // namespace arcollect
