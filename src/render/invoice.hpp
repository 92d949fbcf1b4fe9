// What `arcollect invoice` prints about the invoice it wrote, or would write: its number,
// amount, due date and the terms that gave it, and any early-payment discount.
#pragma once

#include <string>

#include "collect/new_invoice.hpp"
#include "render/record_file.hpp"

namespace arcollect {

// Lines under "Recorded PATH" (or "Would write PATH"), one fact each.
std::string invoice_text(const Book& book, const NewInvoice& made, const RecordFile& file);

JsonObject invoice_json(const NewInvoice& made, const RecordFile& file);

}  // namespace arcollect
