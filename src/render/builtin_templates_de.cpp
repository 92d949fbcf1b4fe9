// The built-in letters in German, one per built-in English letter but the UK's Pre-Action
// Protocol letter of claim (an English procedure, which keeps its English wording). A file
// templates/de/NAME.txt in the ledger replaces one. German business letters start the first
// sentence after the salutation in lower case and close "Mit freundlichen Grüßen".
#include <utility>

#include "render/letter.hpp"

namespace arcollect {

namespace {

constexpr std::string_view kCourtesy = R"(Subject: Demnächst fällig: {{invoice_ids}} am {{due}}

{{salutation}},

ein kurzer Hinweis vor dem Fälligkeitstermin, falls er Ihnen für Ihren nächsten Zahlungslauf hilft. Bei uns ist für {{customer.name}} Folgendes offen:

{{invoices}}

Summe: {{owed}}

Wenn Ihnen etwas fehlt (eine Bestellnummer, unsere Bankverbindung, eine Rechnungskopie), antworten Sie einfach, dann klären wir es vor dem Fälligkeitstermin. Es hilft uns auch zu wissen, wann Ihr nächster Zahlungslauf ist.
{{#discount}}

{{discount}}
{{/discount}}
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

{{closing}}

{{signature}}
)";

constexpr std::string_view kReminder = R"(Subject: Zahlungserinnerung: {{overdue}} überfällig

{{salutation}},

nach unseren Unterlagen ist Folgendes noch offen; {{#several_invoices}}die älteste Rechnung ist{{/several_invoices}}{{^several_invoices}}die Rechnung ist{{/several_invoices}} {{oldest_overdue}} überfällig:

{{invoices}}

Überfällig: {{overdue}}

Können Sie uns sagen, wann wir mit der Zahlung rechnen dürfen? Falls sie schon unterwegs ist, danken wir Ihnen; betrachten Sie dieses Schreiben dann als gegenstandslos. Wenn etwas die Zahlung aufhält, sagen Sie es uns, wir helfen gern.
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

{{closing}}

{{signature}}
)";

constexpr std::string_view kFirm =
    R"(Subject: Überfälliges Konto: {{overdue}}, {{oldest_overdue}} überfällig

{{salutation}},

wir haben Ihnen wegen {{#several_invoices}}der folgenden Rechnungen geschrieben, die weiterhin unbezahlt sind. Die älteste ist{{/several_invoices}}{{^several_invoices}}der folgenden Rechnung geschrieben, die weiterhin unbezahlt ist. Sie ist{{/several_invoices}} {{oldest_overdue}} überfällig.

{{invoices}}

Überfällig: {{overdue}}

Bitte zahlen Sie bis zum {{deadline}}, oder rufen Sie uns{{#business.phone}} unter {{business.phone}}{{/business.phone}} vorher an, wenn es ein Problem gibt, bei dem wir helfen können.
{{#law}}
{{#interest}}

Bleibt das Konto offen, berechnen wir Verzugszinsen nach {{law}} in Höhe von {{interest_rate}} pro Jahr: bisher {{interest}}, täglich {{daily_interest}} mehr.
{{#rate_assumed}}
{{rate_assumed}}
{{/rate_assumed}}
{{#compensation}}
Außerdem steht uns eine Pauschale von {{compensation}} zu.
{{/compensation}}
{{/interest}}
{{/law}}
{{#fee_terms}}
Nach unseren Geschäftsbedingungen kommt eine Mahngebühr von {{fee_terms}} hinzu.
{{/fee_terms}}
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

{{closing}}

{{signature}}
)";

constexpr std::string_view kBuyer =
    R"(Subject: Können Sie helfen? Die Zahlung von {{customer.name}} ist {{oldest_overdue}} überfällig

{{salutation}},

wir hoffen, Sie sind mit unserer Arbeit zufrieden. Wir schreiben Ihnen als unserem Ansprechpartner für den Auftrag, denn die Zahlung {{#several_invoices}}der folgenden Rechnungen{{/several_invoices}}{{^several_invoices}}der folgenden Rechnung{{/several_invoices}} ist {{oldest_overdue}} überfällig, und unsere Erinnerungen an Ihre Buchhaltung haben nichts bewegt:

{{invoices}}

Überfällig: {{overdue}}

Könnten Sie herausfinden, was die Zahlung aufhält, oder uns mit der Person in Verbindung bringen, die sie freigeben kann? Wir würden das lieber mit Ihnen klären, als es weiter zu eskalieren.

{{closing}}

{{signature}}
)";

constexpr std::string_view kFinal = R"(Subject: Letzte Mahnung: {{claim}} von {{customer.name}}

LETZTE MAHNUNG

{{salutation}},

trotz unserer Erinnerungen {{#several_invoices}}sind die folgenden Rechnungen{{/several_invoices}}{{^several_invoices}}ist die folgende Rechnung{{/several_invoices}} weiterhin unbezahlt:

{{invoices}}

{{charges}}
{{#law}}
{{#interest}}

Wir berechnen Verzugszinsen nach {{law}} in Höhe von {{interest_rate}} pro Jahr{{#rate_basis}} ({{rate_basis}}){{/rate_basis}}; sie steigen bis zur Zahlung um {{daily_interest}} täglich.
{{#rate_assumed}}
{{rate_assumed}}
{{/rate_assumed}}
{{/interest}}
{{/law}}
{{#broken_plan}}

Der Zahlungsplan {{broken_plan}} wurde nicht eingehalten; die Zinsen, die Pauschale und die Gebühr, auf die wir verzichtet hatten, berechnen wir daher wieder, jeweils ab dem ursprünglichen Fälligkeitstag.
{{/broken_plan}}

Bitte zahlen Sie {{claim}} bis zum {{deadline}}. Geht die Zahlung bis dahin nicht ein, kündigen wir Ihnen ohne weitere Mahnung rechtliche Schritte an.
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

{{closing}}

{{signature}}
)";

constexpr std::string_view kNotice = R"(Subject: Ankündigung rechtlicher Schritte: {{customer.name}}

ANKÜNDIGUNG RECHTLICHER SCHRITTE

{{salutation}},

wir haben Ihnen mehrfach wegen der folgenden Forderung geschrieben, die weiterhin unbezahlt ist.

{{invoices}}

{{charges}}
{{#law}}
{{#interest}}

Wir verlangen Verzugszinsen nach {{law}} in Höhe von {{interest_rate}} pro Jahr{{#rate_basis}} ({{rate_basis}}){{/rate_basis}}; ab heute kommen bis zur Zahlung täglich {{daily_interest}} hinzu.
{{#rate_assumed}}
{{rate_assumed}}
{{/rate_assumed}}
{{/interest}}
{{/law}}
{{#broken_plan}}

Der Zahlungsplan {{broken_plan}} wurde nicht eingehalten; die Zinsen, die Pauschale und die Gebühr, auf die wir verzichtet hatten, verlangen wir daher wieder, jeweils ab dem ursprünglichen Fälligkeitstag.
{{/broken_plan}}

Geht der Betrag von {{claim}} nicht bis zum {{deadline}} vollständig bei uns ein, werden wir die Forderung, die Zinsen, die Pauschale und unsere Kosten ohne weitere Ankündigung gerichtlich gegen {{customer.name}} geltend machen.

Wenn Sie die Forderung ganz oder teilweise bestreiten, teilen Sie uns das bitte mit Begründung schriftlich vor dem {{deadline}} mit.
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

{{closing}}

{{signature}}
)";

constexpr std::string_view kPlan = R"(Subject: Unser Zahlungsplan {{plan_id}}: {{owed}} in Raten

{{salutation}},

vielen Dank, dass wir einen Weg gefunden haben, das Konto auszugleichen. Hiermit bestätigen wir den Plan für {{#several_invoices}}die folgenden Rechnungen{{/several_invoices}}{{^several_invoices}}die folgende Rechnung{{/several_invoices}}:

{{invoices}}

Sie zahlen {{plan_total}} wie folgt:

{{schedule}}
{{#charges_added}}

{{charges}}

Diese Verzugskosten sind Teil des Plans.
{{/charges_added}}
{{^charges_added}}
{{#interest}}

Solange der Plan eingehalten wird, verzichten wir auf die Zinsen (bisher {{interest}}){{#compensation}}, die Pauschale ({{compensation}}){{/compensation}}{{#fee_terms}} und die Mahngebühr{{/fee_terms}}. Wird eine Rate versäumt, endet der Plan, und diese Beträge werden fällig.
{{/interest}}
{{/charges_added}}
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

Bitte bestätigen Sie uns den Plan, oder sagen Sie uns gleich, wenn ein Termin nicht passt.

{{closing}}

{{signature}}
)";

constexpr std::string_view kInstallment =
    R"(Subject: Demnächst fällig: die nächste Rate unseres Zahlungsplans {{plan_id}}

{{salutation}},

ein kurzer Hinweis: Die nächste Zahlung nach unserem Plan {{plan_id}} wird bald fällig:

{{schedule}}

Sie betrifft:

{{invoices}}

Wenn der Zahlung am Fälligkeitstag etwas im Weg steht, sagen Sie es uns vorher, dann finden wir gemeinsam eine Lösung, denn eine versäumte Rate beendet den Plan.
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

{{closing}}

{{signature}}
)";

constexpr std::string_view kCallByEmail =
    R"(Subject: Können wir über den überfälligen Betrag von {{overdue}} sprechen?

{{salutation}},

wir würden gern mit Ihnen über {{#several_invoices}}die folgenden Rechnungen sprechen, die überfällig sind{{/several_invoices}}{{^several_invoices}}die folgende Rechnung sprechen, die überfällig ist{{/several_invoices}}, haben aber keine Telefonnummer von Ihnen:

{{invoices}}

Überfällig: {{overdue}}

Könnten Sie uns eine Nummer und eine gute Zeit für einen Anruf nennen, oder uns sagen, wann wir mit der Zahlung rechnen dürfen?
{{#payment_details}}

Bankverbindung: {{payment_details}}
{{/payment_details}}
{{#payment_url}}

Online bezahlen: {{payment_url}}
{{/payment_url}}

{{closing}}

{{signature}}
)";

constexpr std::pair<std::string_view, std::string_view> kTemplates[] = {
    {"courtesy", kCourtesy},
    {"reminder", kReminder},
    {"firm", kFirm},
    {"buyer", kBuyer},
    {"final", kFinal},
    {"notice", kNotice},
    {"plan", kPlan},
    {"installment", kInstallment},
    {"call-by-email", kCallByEmail},
};

}  // namespace

std::optional<std::string_view> builtin_german_template(std::string_view name) {
  for (const auto& [n, text] : kTemplates)
    if (n == name) return text;
  return std::nullopt;
}

}  // namespace arcollect
