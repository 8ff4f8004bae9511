// The registers beside the requests (SPEC 5): the catalogue's statuses and fields, the change
// feed's kinds, the CSV exports' column headings and the search's own refusal.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry register_entries[] = {
    {"catalog_status.approved", "Godkänd", "Approved"},
    {"catalog_status.approved_with_conditions", "Godkänd med villkor", "Approved with conditions"},
    {"catalog_status.phased_out", "Utfasad", "Phased out"},
    {"catalog_status.not_approved", "Ej godkänd", "Not approved"},

    // Labels of the catalogue's own fields, for findings on them.
    {"field.conditions.label", "Villkor", "Conditions"},
    {"field.ended.label", "Användningen upphörde", "Use ended"},
    {"field.reason.label", "Skäl", "Reason"},
    {"field.status.label", "Status", "Status"},

    {"usage_change.started", "Började användas", "Started"},
    {"usage_change.register_holder", "Ny registeransvarig", "New register holder"},
    {"usage_change.system_admin", "Ny lokal systemadministratör", "New local system administrator"},
    {"usage_change.ended", "Användningen upphörde", "Use ended"},

    {"error.uri_too_long", "Adressen är för lång. Korta ner sökningen och försök igen.",
     "The address is too long. Shorten the search and try again."},
    {"error.bad_query", "Sökfrågan kunde inte läsas: kontrollera parametrarna.",
     "The query could not be read: check its parameters."},

    // catalog.csv, one row per entry.
    {"export.catalog.name", "Lärresurs", "Resource"},
    {"export.catalog.supplier", "Leverantör", "Supplier"},
    {"export.catalog.org_number", "Organisationsnummer", "Organisation number"},
    {"export.catalog.type", "Typ", "Type"},
    {"export.catalog.grades", "Årskurser", "Grade levels"},
    {"export.catalog.status", "Status", "Status"},
    {"export.catalog.conditions", "Villkor eller skäl", "Conditions or reason"},
    {"export.catalog.decided", "Beslutsdatum", "Decided on"},
    {"export.catalog.dpa_reference", "PUB-avtal", "DPA"},
    {"export.catalog.dpa_valid_until", "PUB-avtal giltigt till", "DPA valid until"},
    {"export.catalog.service_agreement", "Tjänsteavtal", "Service agreement"},
    {"export.catalog.units", "Antal enheter", "Number of units"},

    // usage.csv, one row per resource and unit.
    {"export.usage.resource", "Lärresurs", "Resource"},
    {"export.usage.unit", "Enhet", "Unit"},
    {"export.usage.register_holder_name", "Registeransvarig", "Register holder"},
    {"export.usage.register_holder_email", "Registeransvarigs e-post", "Register holder's e-mail"},
    {"export.usage.system_admin_name", "Lokal systemadministratör", "Local system administrator"},
    {"export.usage.system_admin_email", "Systemadministratörens e-post",
     "System administrator's e-mail"},
    {"export.usage.since", "Sedan", "Since"},
    {"export.usage.ended", "Upphörde", "Ended"},
};

}  // namespace

std::span<const TextEntry> register_texts() { return register_entries; }

}  // namespace anskaffa::texts
