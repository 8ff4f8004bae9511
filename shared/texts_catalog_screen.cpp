// The app's catalogue screens (SPEC 5, 7): the search with its filters, an entry's page with
// its agreements and units, and the approved entries offered under a request's resource name.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry catalog_screen_entries[] = {
    {"catalog.intro",
     "Lärresurser som har granskats. En godkänd resurs kan fler enheter börja använda genom att "
     "registrera användning.",
     "Learning resources that have been reviewed. More units can start using an approved "
     "resource by registering their use."},
    {"catalog.search", "Sök", "Search"},
    {"catalog.search.placeholder", "Namn, leverantör eller beskrivning",
     "Name, supplier or description"},
    {"catalog.filter.grade", "Årskurs", "Grade level"},
    {"catalog.filter.grade.all", "Alla årskurser", "All grade levels"},
    {"catalog.filter.type", "Typ", "Type"},
    {"catalog.filter.type.all", "Alla typer", "All types"},
    {"catalog.filter.status", "Status", "Status"},
    {"catalog.filter.status.all", "Alla statusar", "All statuses"},
    {"catalog.units.none", "Används inte av någon enhet", "Not used by any unit"},
    {"catalog.units.one", "1 enhet", "1 unit"},
    {"catalog.units.many", "{count} enheter", "{count} units"},
    {"catalog.dpa_expired", "PUB-avtal har gått ut", "DPA has expired"},
    {"catalog.empty", "Inga lärresurser matchar sökningen.", "No learning resources match."},

    {"catalog_entry.back", "‹ Till katalogen", "‹ To the catalogue"},
    {"catalog_entry.about", "Om resursen", "About the resource"},
    {"catalog_entry.supplier", "Leverantör", "Supplier"},
    {"catalog_entry.org_number", "Organisationsnummer", "Organisation number"},
    {"catalog_entry.website", "Webbplats", "Website"},
    {"catalog_entry.type", "Typ", "Type"},
    {"catalog_entry.grades", "Årskurser", "Grade levels"},
    {"catalog_entry.description", "Beskrivning", "Description"},
    {"catalog_entry.decision", "Beslut", "Decision"},
    {"catalog_entry.status", "Status", "Status"},
    {"catalog_entry.conditions", "Villkor", "Conditions"},
    {"catalog_entry.reason", "Skäl", "Reason"},
    {"catalog_entry.decided_on", "Beslutsdatum", "Decided on"},
    {"catalog_entry.case_number", "Ärende", "Case"},
    {"catalog_entry.agreements", "Avtal", "Agreements"},
    {"catalog_entry.dpa", "PUB-avtal", "Data processing agreement"},
    {"catalog_entry.service_agreement", "Tjänsteavtal", "Service agreement"},
    {"catalog_entry.agreement.none", "Inget avtal registrerat", "No agreement registered"},
    {"catalog_entry.agreement.valid", "{reference}, giltigt till {date}",
     "{reference}, valid until {date}"},
    {"catalog_entry.agreement.expired", "{reference}: gick ut {date}. Avtalet gäller inte längre.",
     "{reference}: expired {date}. The agreement is no longer in force."},
    {"catalog_entry.units", "Enheter som använder resursen", "Units using the resource"},
    {"catalog_entry.units.none", "Ingen enhet använder resursen.", "No unit uses the resource."},
    {"catalog_entry.unit.register_holder", "Registeransvarig", "Register holder"},
    {"catalog_entry.unit.system_admin", "Systemadministratör", "System administrator"},
    {"catalog_entry.unit.since", "Sedan {date}", "Since {date}"},
    {"catalog_entry.unit.ended", "Upphörde {date}", "Ended {date}"},
    {"catalog_entry.none", "–", "–"},

    {"suggestion.heading", "Redan godkänd — registrera användning",
     "Already approved — register use"},
    {"suggestion.dpa_expired", "PUB-avtalet har gått ut: ett nytt PUB-avtal kommer att behövas.",
     "The DPA has expired: a new DPA will be needed."},
    {"suggestion.chosen",
     "Registrering av användning: {name} är redan godkänd. Beskriv hur er enhet ska använda den.",
     "Usage registration: {name} is already approved. Describe how your unit will use it."},
    {"suggestion.undo", "Det är en annan resurs", "It is another resource"},
};

}  // namespace

std::span<const TextEntry> catalog_screen_texts() { return catalog_screen_entries; }

}  // namespace anskaffa::texts
