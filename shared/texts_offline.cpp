// The app's offline drafting (SPEC 6): drafts kept on the device, their export and import,
// the queue of submissions, the online state, and the session questions (signing in again
// after a session expired, keeping or removing drafts at sign-out).
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry offline_entries[] = {
    {"drafts.title", "Utkast på den här datorn", "Drafts on this computer"},
    {"drafts.none", "Inga sparade utkast. Det du fyller i sparas här medan du skriver.",
     "No saved drafts. What you fill in is saved here as you type."},
    {"drafts.untitled", "Namnlöst utkast", "Untitled draft"},
    {"drafts.draft", "Utkast", "Draft"},
    {"drafts.queued", "I kö", "Queued"},
    {"drafts.saved_at", "Sparat {time}", "Saved {time}"},
    {"drafts.saved", "Utkast sparat {time}", "Draft saved {time}"},
    {"drafts.not_saved", "Utkastet sparas på den här datorn när du börjar skriva.",
     "The draft is saved on this computer once you start typing."},
    {"drafts.delete", "Ta bort utkast", "Delete draft"},
    {"drafts.delete_question", "Ta bort utkastet? Det går inte att ångra.",
     "Delete the draft? This cannot be undone."},
    {"drafts.delete_confirm", "Ta bort", "Delete"},
    {"drafts.export", "Spara som fil", "Save as file"},
    {"drafts.import", "Öppna utkast från fil", "Open draft from file"},
    {"drafts.imported", "Utkastet {name} är inläst.", "The draft {name} has been opened."},
    {"drafts.import_failed",
     "Filen är inte ett utkast från Anskaffa och lästes inte in. Inget har ändrats.",
     "The file is not an Anskaffa draft and was not opened. Nothing has changed."},
    {"queue.waiting",
     "Beställningen väntar i kön och skickas när nätverket är tillbaka. Utkastet finns kvar "
     "tills den har tagits emot.",
     "The request is queued and is sent when the network is back. The draft is kept until it "
     "has been received."},
    {"status.online", "Online", "Online"},
    {"status.queued", "{count} i kö", "{count} queued"},
    {"session.expired_title", "Logga in igen", "Sign in again"},
    {"session.expired_intro",
     "Din inloggning har gått ut. Logga in igen så fortsätter du där du var; inget av det du "
     "fyllt i försvinner.",
     "Your session has expired. Sign in again to continue where you were; nothing you have "
     "filled in is lost."},
    {"session.sign_out_title", "Logga ut", "Sign out"},
    {"session.sign_out_intro",
     "Dina utkast finns kvar på den här datorn tills du loggar in igen. Använder fler den här "
     "datorn kan du ta bort dem.",
     "Your drafts stay on this computer until you sign in again. If others use this computer, "
     "you can remove them."},
    {"session.remove_drafts", "Ta bort utkast på den här datorn", "Remove drafts on this computer"},
    {"session.cancel", "Avbryt", "Cancel"},
};

}  // namespace

std::span<const TextEntry> offline_texts() { return offline_entries; }

}  // namespace anskaffa::texts
