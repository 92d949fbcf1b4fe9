// The letters arcollect words by itself, one per default ladder step that writes, plus the
// Pre-Action Protocol letter of claim. A file templates/NAME.txt in the ledger replaces one.
#include <utility>

#include "render/letter.hpp"

namespace arcollect {

namespace {

constexpr std::string_view kCourtesy = R"(Subject: Coming up: {{invoice_ids}} due on {{due}}

{{salutation}},

A friendly note before the due date, in case it helps with your next
payment run. This is what {{customer.name}} has open with us:

{{invoices}}

Total: {{owed}}

If anything is missing on your side (a purchase-order number, our bank
details, a copy of an invoice), just reply and we will sort it out before
the due date. It also helps us to know when your next payment run is.
{{#discount}}

{{discount}}
{{/discount}}
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

{{closing}},

{{signature}}
)";

constexpr std::string_view kReminder = R"(Subject: Payment reminder: {{overdue}} overdue

{{salutation}},

I hope all is well. Our records show that the following is still open; {{#several_invoices}}the oldest invoice{{/several_invoices}}{{^several_invoices}}it{{/several_invoices}} is now {{oldest_overdue}} past its due date:

{{invoices}}

Overdue: {{overdue}}

Could you let us know when we can expect payment? If it is already on
its way, thank you, and please ignore this note. If something is holding
it up, tell us and we will help.
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

{{closing}},

{{signature}}
)";

constexpr std::string_view kFirm =
    R"(Subject: Overdue account: {{overdue}}, {{oldest_overdue}} late

{{salutation}},

We have written about the {{#several_invoices}}invoices below and they remain unpaid. The oldest is{{/several_invoices}}{{^several_invoices}}invoice below and it remains unpaid. It is{{/several_invoices}} now {{oldest_overdue}} past its due date.

{{invoices}}

Overdue: {{overdue}}

Please pay by {{deadline}}, or call us{{#business.phone}} on {{business.phone}}{{/business.phone}} before then if there is a problem we can help with.
{{#law}}
{{#interest}}

If the account is not settled, we will claim interest under {{law}} at {{interest_rate}} a year: {{interest}} so far, growing by {{daily_interest}} a day.
{{#rate_assumed}}
{{rate_assumed}}
{{/rate_assumed}}
{{#compensation}}
Fixed compensation of {{compensation}} is also due under it.
{{/compensation}}
{{/interest}}
{{/law}}
{{#fee_terms}}
A late-payment fee of {{fee_terms}} will be added under our terms.
{{/fee_terms}}
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

{{closing}},

{{signature}}
)";

constexpr std::string_view kBuyer =
    R"(Subject: Could you help? {{customer.name}}'s payment is {{oldest_overdue}} late

{{salutation}},

I hope the work we delivered is serving you well. I am writing to you as our contact for it, because payment for the {{#several_invoices}}invoices{{/several_invoices}}{{^several_invoices}}invoice{{/several_invoices}} below is now {{oldest_overdue}} late and our reminders to your accounts team have not moved it:

{{invoices}}

Overdue: {{overdue}}

Could you find out what is holding it up, or put us in touch with the
person who can approve it? We would much rather settle this with you
than escalate it.

{{closing}},

{{signature}}
)";

constexpr std::string_view kFinal = R"(Subject: Final demand: {{claim}} due from {{customer.name}}

{{salutation}},

FINAL DEMAND

Despite our reminders, the following {{#several_invoices}}invoices remain{{/several_invoices}}{{^several_invoices}}invoice remains{{/several_invoices}} unpaid:

{{invoices}}

{{charges}}
{{#law}}
{{#interest}}

Interest is charged under {{law}} at {{interest_rate}} a year{{#rate_basis}} ({{rate_basis}}){{/rate_basis}} and grows by {{daily_interest}} a day until payment.
{{#rate_assumed}}
{{rate_assumed}}
{{/rate_assumed}}
{{/interest}}
{{/law}}
{{#broken_plan}}

The payment plan {{broken_plan}} was not kept, so the interest, compensation and fee it waived are charged again, from each invoice's original due date.
{{/broken_plan}}

Please pay {{claim}} by {{deadline}}. If we have not received payment by
then, we will send a notice of intended legal action without further
reminder.
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

{{closing}},

{{signature}}
)";

constexpr std::string_view kNotice = R"(Subject: Notice of intended legal action: {{customer.name}}

{{salutation}},

NOTICE OF INTENDED LEGAL ACTION

We have written to you several times about the debt below, which remains
unpaid.

{{invoices}}

{{charges}}
{{#law}}
{{#interest}}

Interest is claimed under {{law}} at {{interest_rate}} a year{{#rate_basis}} ({{rate_basis}}){{/rate_basis}} and continues at {{daily_interest}} a day from today until payment.
{{#rate_assumed}}
{{rate_assumed}}
{{/rate_assumed}}
{{/interest}}
{{/law}}
{{#broken_plan}}

The payment plan {{broken_plan}} was not kept, so the interest, compensation and fee it waived are claimed again, from each invoice's original due date.
{{/broken_plan}}

Unless we receive {{claim}} in full by {{deadline}}, we intend to issue a claim against {{customer.name}} in court for the debt, interest, compensation and our costs, without further notice. A judgment against you may affect your credit rating and your ability to obtain credit.

If you dispute any part of this debt, tell us in writing before {{deadline}}, with your reasons.
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

{{closing}},

{{signature}}
)";

constexpr std::string_view kLetterOfClaim =
    R"(Subject: Letter of claim: {{overdue}} owed to {{business.name}}

{{salutation}},

LETTER OF CLAIM
under the Pre-Action Protocol for Debt Claims

You owe {{business.name}} {{overdue}}. This statement of account shows each unpaid invoice, when it was issued and fell due, and what is still owed after any payments we have received:

{{invoices}}

{{charges}}

What the debt is for:
{{descriptions}}

Each invoice was issued for work or goods agreed with you before we supplied them. You may ask us for a copy of any invoice and of the agreement it rests on.
{{#interest}}

Interest of {{interest}} has been added to date under {{law}} and continues at {{daily_interest}} a day.
{{/interest}}
{{#fee}}

A late-payment fee of {{fee}} is charged under our terms.
{{/fee}}
{{^interest}}
{{^fee}}

No interest or other charges are being added to this debt.
{{/fee}}
{{/interest}}

How to pay:{{#payment_details}} {{payment_details}}{{/payment_details}}{{#payment_url}} or online at {{payment_url}}{{/payment_url}}. If you cannot pay in full, contact us at {{business.email}} to discuss paying by instalments.

Please reply within {{reply_days}} days of the date of this letter, by {{deadline}}, using the enclosed Reply Form, and send it to:

{{business.name}}
{{business.address}}

The enclosed Information Sheet explains the Reply Form and the Financial Statement, also enclosed. You can get free, independent debt advice, for example from National Debtline (0808 808 4000, nationaldebtline.org) or Citizens Advice (citizensadvice.org.uk). If you tell us on the Reply Form that you are getting advice, we will give you time to get it.

If you do not reply by {{deadline}}, we may start court proceedings against you to recover the debt.

{{closing}},

{{signature}}
)";

constexpr std::string_view kPlan =
    R"(Subject: Our payment plan {{plan_id}}: {{owed}} by installments

{{salutation}},

Thank you for agreeing a way to settle the account. This confirms the plan for the {{#several_invoices}}invoices{{/several_invoices}}{{^several_invoices}}invoice{{/several_invoices}} below:

{{invoices}}

You will pay {{plan_total}} as follows:

{{schedule}}
{{#charges_added}}

{{charges}}

These late-payment charges are part of the plan.
{{/charges_added}}
{{^charges_added}}
{{#interest}}

While the plan is kept we waive the interest ({{interest}} so far){{#compensation}}, the fixed compensation ({{compensation}}){{/compensation}}{{#fee_terms}} and the late fee{{/fee_terms}}. If a payment is missed, the plan ends and they fall due.
{{/interest}}
{{/charges_added}}
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

Please reply to confirm, or tell us at once if a date will not work.

{{closing}},

{{signature}}
)";

// A plan installment falling due: a courtesy, like the pre-due one.
constexpr std::string_view kInstallment =
    R"(Subject: Coming up: the next installment of our payment plan {{plan_id}}

{{salutation}},

A friendly note that the next payment under our plan {{plan_id}} falls due
soon:

{{schedule}}

It covers:

{{invoices}}

If anything stands in the way of paying on the day, tell us before then
and we will find a way together: a missed installment ends the plan.
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

{{closing}},

{{signature}}
)";

// A call step for a contact with no phone number on file, offered by email.
constexpr std::string_view kCallByEmail =
    R"(Subject: Could we speak about {{overdue}} overdue?

{{salutation}},

We would like to talk to you about the {{#several_invoices}}invoices below, which are past their due dates{{/several_invoices}}{{^several_invoices}}invoice below, which is past its due date{{/several_invoices}}, but we have no phone number for you on file:

{{invoices}}

Overdue: {{overdue}}

Could you reply with a number and a good time to call, or let us know
when we can expect payment?
{{#payment_details}}

Payment details: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Pay online: {{payment_url}}
{{/payment_url}}

{{closing}},

{{signature}}
)";

constexpr std::pair<std::string_view, std::string_view> kTemplates[] = {
    {"courtesy", kCourtesy},
    {"reminder", kReminder},
    {"firm", kFirm},
    {"buyer", kBuyer},
    {"final", kFinal},
    {"notice", kNotice},
    {"letter-of-claim", kLetterOfClaim},
    {"plan", kPlan},
    {"installment", kInstallment},
    {"call-by-email", kCallByEmail},
};

}  // namespace

std::vector<std::string_view> builtin_template_names() {
  std::vector<std::string_view> names;
  for (const auto& [name, text] : kTemplates) names.push_back(name);
  return names;
}

std::optional<std::string_view> builtin_template(std::string_view name, Language language) {
  if (language == Language::de)
    if (auto german = builtin_german_template(name)) return german;
  for (const auto& [n, text] : kTemplates)
    if (n == name) return text;
  return std::nullopt;
}

}  // namespace arcollect
