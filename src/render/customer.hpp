// What `customer add` prints about the customer it wrote, and the `customer list` report as a
// table, JSON or CSV.
#pragma once

#include <string>

#include "collect/customer_list.hpp"
#include "render/record_file.hpp"

namespace arcollect {

// "Recorded PATH" (or "Would write PATH"), then the customer and its contacts.
std::string customer_added_text(const Customer& customer, const RecordFile& file);
JsonObject customer_added_json(const Customer& customer, const RecordFile& file);

std::string customer_list_text(const Book& book, const CustomerList& list, bool color);
JsonObject customer_list_json(const Book& book, const CustomerList& list);
std::string customer_list_csv(const Book& book, const CustomerList& list);

}  // namespace arcollect
