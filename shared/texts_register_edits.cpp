// The app's editors of the registers (SPEC 5): a reviewer's decision on a catalogue entry, a
// unit's register holder, system administrator and end of use, and the agreements register's
// new agreement, renewal, termination and edit. Field labels are the core's own where it has
// them (field.*.label, agreement.field.*).
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry register_edit_entries[] = {
    // Shared by every editor.
    {"regedit.save", "Spara", "Save"},
    {"regedit.cancel", "Avbryt", "Cancel"},
    {"regedit.saving", "Sparar …", "Saving …"},
    {"regedit.saved", "Ändringen är sparad.", "The change has been saved."},
    {"regedit.fix", "Rätta det som är markerat och spara igen.",
     "Correct what is marked and save again."},
    {"regedit.failed", "Ändringen kunde inte sparas: {message}",
     "The change could not be saved: {message}"},
    {"regedit.date_hint", "ÅÅÅÅ-MM-DD", "YYYY-MM-DD"},

    // A catalogue entry's decision.
    {"regedit.entry.edit", "Ändra beslut", "Change decision"},
    {"regedit.entry.title", "Ändra beslut", "Change the decision"},
    {"regedit.entry.intro",
     "Godkänd med villkor kräver villkor, Ej godkänd kräver ett skäl. Ändringen syns direkt i "
     "katalogen.",
     "Approved with conditions needs conditions, not approved needs a reason. The change shows in "
     "the catalogue at once."},
    {"regedit.entry.status", "Status", "Status"},

    // A unit's use of the resource.
    {"regedit.usage.edit", "Ändra", "Change"},
    {"regedit.usage.title", "Ändra enhetens uppgifter", "Change the unit's details"},
    {"regedit.usage.ended_on", "Slutade användas (tomt om den används)",
     "Use ended (empty while in use)"},

    // The agreements register.
    {"regedit.agreement.new", "Nytt avtal", "New agreement"},
    {"regedit.agreement.new_title", "Registrera ett nytt avtal", "Register a new agreement"},
    {"regedit.agreement.create", "Spara avtalet", "Save the agreement"},
    {"regedit.agreement.created", "Avtalet är registrerat.", "The agreement has been registered."},
    {"regedit.agreement.search", "Sök lärresurs att lägga till", "Search for a resource to add"},
    {"regedit.agreement.search_none", "Ingen lärresurs matchar sökningen.",
     "No learning resource matches the search."},
    {"regedit.agreement.add", "Lägg till", "Add"},
    {"regedit.agreement.remove", "Ta bort", "Remove"},
    {"regedit.agreement.covers_none", "Inga lärresurser valda ännu.",
     "No learning resources chosen yet."},
    {"regedit.agreement.renew", "Förnya", "Renew"},
    {"regedit.agreement.renew_title", "Ny avtalsperiod", "New agreement period"},
    {"regedit.agreement.renew_save", "Spara förnyelsen", "Save the renewal"},
    {"regedit.agreement.terminate", "Säg upp", "Terminate"},
    {"regedit.agreement.terminate_title", "Säg upp avtalet", "Terminate the agreement"},
    {"regedit.agreement.terminate_note",
     "Avtalet gäller till dagen före uppsägningsdatumet. En uppsägning kan inte ångras.",
     "The agreement is valid until the day before the termination date. A termination cannot be "
     "undone."},
    {"regedit.agreement.terminate_save", "Registrera uppsägningen", "Record the termination"},
    {"regedit.agreement.edit", "Ändra", "Change"},
    {"regedit.agreement.edit_title", "Ändra avtalets uppgifter", "Change the agreement's details"},
};

}  // namespace

std::span<const TextEntry> register_edit_texts() { return register_edit_entries; }

}  // namespace anskaffa::texts
