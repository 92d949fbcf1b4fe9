#include "ledger/book.hpp"

namespace arcollect {

const Customer* Book::find_customer(const std::string& id) const {
  auto it = customer_index.find(id);
  return it == customer_index.end() ? nullptr : &customers[it->second];
}

const Invoice* Book::find_invoice(const std::string& id) const {
  auto it = invoice_index.find(id);
  return it == invoice_index.end() ? nullptr : &invoices[it->second];
}

const std::vector<LadderStep>& Book::ladder_for(const Customer& customer) const {
  auto set = settings.ladder_sets.find(customer.ladder);
  return set == settings.ladder_sets.end() ? settings.ladder : set->second;
}

void Book::add_payment(Payment payment) {
  by_customer[customer_index.at(payment.customer)].payments.push_back(payments.size());
  payments.push_back(std::move(payment));
}

}  // namespace arcollect
