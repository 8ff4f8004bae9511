#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

// The agreements register and the audit trail (SPEC 5, 8).
constexpr TextEntry agreement_entries[] = {
    {"agreement.field.attachment_id", "Bilaga", "Attachment"},
    {"agreement.field.catalog_ids", "Lärresurser som avtalet omfattar",
     "Resources the agreement covers"},
    {"agreement.field.kind", "Avtalstyp", "Kind of agreement"},
    {"agreement.field.reference", "Avtalsreferens", "Agreement reference"},
    {"agreement.field.renewal", "Förnyelse", "Renewal"},
    {"agreement.field.route", "Inköpsväg", "Purchase route"},
    {"agreement.field.signed_on", "Undertecknat", "Signed on"},
    {"agreement.field.supplier_name", "Leverantör", "Supplier"},
    {"agreement.field.terminated_on", "Uppsagt från och med", "Terminated as of"},
    {"agreement.field.valid_from", "Gäller från", "Valid from"},
    {"agreement.field.valid_until", "Gäller till och med", "Valid until"},

    {"agreement.kind.dpa", "Personuppgiftsbiträdesavtal (PUB-avtal)",
     "Data processing agreement (DPA)"},
    {"agreement.kind.service_agreement", "Tjänsteavtal", "Service agreement"},
    {"agreement.route.atea", "Atea (ramavtal)", "Atea (framework agreement)"},
    {"agreement.route.direct_procurement", "Direktupphandling", "Direct procurement"},
    {"agreement.route.gr_utbildning", "GR Utbildning (ramavtal)",
     "GR Utbildning (framework agreement)"},
    {"agreement.status.expired", "Har gått ut", "Expired"},
    {"agreement.status.expiring", "Går ut inom 90 dagar", "Expires within 90 days"},
    {"agreement.status.not_yet_valid", "Gäller ännu inte", "Not yet valid"},
    {"agreement.status.terminated", "Uppsagt", "Terminated"},
    {"agreement.status.valid", "Gäller", "Valid"},

    {"agreements.error.bad_parameters", "Avtalsregistrets sökparametrar kunde inte tolkas.",
     "The agreements register's search parameters could not be read."},
    {"agreements.error.not_found", "Avtalet finns inte.", "The agreement does not exist."},
    {"agreements.error.no_document", "Avtalet har inget undertecknat avtal som PDF.",
     "The agreement has no signed PDF."},
    {"agreements.error.terminated",
     "Avtalet är uppsagt: det kan varken förnyas eller sägas upp igen.",
     "The agreement is terminated: it can be neither renewed nor terminated again."},
    {"audit.error.bad_parameters",
     "Granskningsloggens parametrar kunde inte tolkas: okänd entitet eller ogiltigt id.",
     "The audit trail's parameters could not be read: an unknown entity or an invalid id."},

    {"finding.catalog_entry_not_found", "{label}: lärresurs {id} finns inte i katalogen.",
     "{label}: resource {id} is not in the catalogue."},
    {"finding.dates_out_of_order", "{label} får inte vara före startdatumet.",
     "{label} may not be before the start date."},
    {"finding.invalid_value", "{label}: värdet är inte ett av de tillåtna.",
     "{label}: the value is not one of those allowed."},
    {"finding.renewal_not_later",
     "{label}: en ny period måste börja efter den nuvarande periodens start ({date}).",
     "{label}: a new period must begin after the current period's start ({date})."},
    {"finding.route_not_for_dpa",
     "Ett PUB-avtal tecknas av utbildningsnämnden och har ingen inköpsväg.",
     "A DPA is signed by the education board and has no purchase route."},
    {"finding.unknown_attachment", "{label}: det finns ingen sådan PDF-bilaga.",
     "{label}: there is no such PDF attachment."},
};

}  // namespace

std::span<const TextEntry> agreement_texts() { return agreement_entries; }

}  // namespace anskaffa::texts
