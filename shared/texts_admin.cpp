// Administration of users, roles and units (SPEC 1's admin): the fields' labels, the findings
// and refusals of the server's admin endpoints, and the app's admin screen.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry admin_entries[] = {
    // The fields of an account and a unit, as findings name them.
    {"field.email.label", "E-postadress", "E-mail address"},
    {"field.name.label", "Namn", "Name"},
    {"field.roles.label", "Roller", "Roles"},
    {"field.units.label", "Skolenheter", "School units"},
    {"field.password.label", "Lösenord", "Password"},
    {"field.disabled.label", "Avstängt konto", "Disabled account"},
    {"field.school_form.label", "Skolform", "School form"},

    {"finding.email_taken", "Det finns redan en användare med den e-postadressen.",
     "There is already a user with that e-mail address."},
    {"finding.principal_needs_unit", "En rektor måste ha minst en skolenhet.",
     "A principal needs at least one school unit."},
    {"finding.units_need_principal", "Skolenheter anges bara för den som är rektor.",
     "School units are given only for a principal."},

    // The server's refusal that keeps the system from losing its last administrator.
    {"admin.error.own_account",
     "Du kan inte stänga av ditt eget konto eller ta bort din egen administratörsroll.",
     "You cannot disable your own account or remove your own administrator role."},

    // The app's admin screen.
    {"admin.tab.users", "Användare", "Users"},
    {"admin.tab.units", "Enheter", "Units"},
    {"admin.search", "Sök användare", "Search users"},
    {"admin.search.placeholder", "Namn eller e-postadress", "Name or e-mail address"},
    {"admin.users.empty", "Inga användare matchar sökningen.", "No users match the search."},
    {"admin.user.new", "Ny användare", "New user"},
    {"admin.user.edit", "Redigera användare", "Edit user"},
    {"admin.user.active", "Aktiv", "Active"},
    {"admin.user.disabled", "Avstängd", "Disabled"},
    {"admin.user.no_units", "Inga skolenheter", "No school units"},
    {"admin.user.create", "Skapa användare", "Create user"},
    {"admin.user.save", "Spara ändringar", "Save changes"},
    {"admin.user.created", "Användaren är skapad.", "The user has been created."},
    {"admin.user.saved", "Ändringarna är sparade.", "The changes have been saved."},
    {"admin.user.initial_password", "Lösenord (minst {min} tecken)",
     "Password (at least {min} characters)"},
    {"admin.user.password_title", "Nytt lösenord", "New password"},
    {"admin.user.password_help",
     "Användaren loggas ut överallt och loggar sedan in med det nya lösenordet.",
     "The user is signed out everywhere and then signs in with the new password."},
    {"admin.user.password_save", "Byt lösenord", "Change password"},
    {"admin.user.password_set", "Lösenordet är bytt.", "The password has been changed."},
    {"admin.user.units_help", "Enheterna där användaren är rektor.",
     "The units where the user is principal."},
    {"admin.back", "‹ Tillbaka", "‹ Back"},
    {"admin.failed", "Det gick inte att spara: {message}", "Could not save: {message}"},
    {"admin.offline", "Ingen kontakt med servern. Försök igen.",
     "No contact with the server. Try again."},
    {"admin.units.empty", "Det finns inga skolenheter ännu.", "There are no school units yet."},
    {"admin.unit.new", "Ny enhet", "New unit"},
    {"admin.unit.edit", "Byt namn på enhet", "Rename unit"},
    {"admin.unit.save", "Spara enhet", "Save unit"},
    {"admin.unit.created", "Enheten är skapad.", "The unit has been created."},
    {"admin.unit.saved", "Enheten är sparad.", "The unit has been saved."},
    {"admin.unit.no_school_form", "Skolform ej angiven", "No school form given"},
};

}  // namespace

std::span<const TextEntry> admin_texts() { return admin_entries; }

}  // namespace anskaffa::texts
