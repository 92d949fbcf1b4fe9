// OFX bank and credit-card statements (OFX 1.x SGML and 2.x XML; QFX is the same) into a
// BankStatement. Tolerant of what banks really write: leaves left unclosed or closed, an XML header
// over an SGML body, CDATA, entities, several transaction lists, a decimal comma, CRLF, Latin-1
// and Windows-1252 text (valid UTF-8 is kept as it is, anything else is read as Windows-1252,
// whatever CHARSET says, since banks often declare one and write the other).
#pragma once

#include <string>
#include <string_view>

#include "ledger/statement.hpp"

namespace arcollect {

// Does `bytes` start like an OFX file (an OFXHEADER line, <OFX>, or an XML header with <?OFX?>)?
bool looks_like_ofx(std::string_view bytes);

// Every STMTTRN of every STMTRS and CCSTMTRS, in file order, bank corrections applied
// (CORRECTACTION REPLACE drops the line it names; DELETE drops it and the correction).
// Currency: the line's CURRENCY, else the statement's CURDEF, else ORIGCURRENCY. Throws
// arcollect::Error "ORIGIN:LINE: ...; ..." for the first line that cannot be read.
BankStatement read_ofx(std::string_view bytes, const std::string& origin);

}  // namespace arcollect
