// What an email address and a Message-ID look like (RFC 5322 dot-atoms), for checking the
// ledger's addresses and the headers arcollect writes.
#pragma once

#include <string_view>

namespace arcollect {

// Is `text` an addr-spec like name@example.com (dot-atom on both sides, a host name after @)?
bool valid_address(std::string_view text);

// Is `text` a Message-ID as RFC 5322 writes it: <left@right>, no spaces or controls?
bool valid_message_id(std::string_view text);

// Is `c` an RFC 5322 atext character (what an atom may hold)?
bool is_atext(char c);

}  // namespace arcollect
