// The app's pages of requests: the home screen's list, a request's page with its timeline and
// actions, and the review queue.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry page_entries[] = {
    // The home screen's list (SPEC 7: own requests, coloured state, next step).
    {"home.my_requests", "Dina ärenden", "Your requests"},
    {"home.notifications", "Notiser", "Notifications"},
    {"home.unread_count", "{count} olästa", "{count} unread"},
    {"home.unread", "Ny", "New"},
    {"home.awaiting_me", "Väntar på ditt godkännande", "Awaiting your approval"},
    {"home.none_awaiting", "Inga beställningar väntar på dig.", "No requests are waiting for you."},
    {"home.none_yet", "Du har inga ärenden ännu. De du skickar syns här.",
     "You have no requests yet. Those you send appear here."},
    {"home.typical_wait",
     "Beställningar har på sistone tagit omkring {days} dagar från inskick till beslut.",
     "Requests have recently taken about {days} days from sending to decision."},
    {"home.typical_wait.one_day",
     "Beställningar har på sistone tagit omkring en dag från inskick till beslut.",
     "Requests have recently taken about a day from sending to decision."},
    {"home.typical_wait.same_day",
     "Beställningar har på sistone fått beslut samma dag som de skickades in.",
     "Requests have recently been decided on the day they were sent."},
    {"list.loading", "Hämtar …", "Loading …"},
    {"list.failed", "Listan kunde inte hämtas. Försök igen.",
     "The list could not be loaded. Try again."},
    {"list.retry", "Försök igen", "Try again"},
    {"list.count", "{shown} av {total}", "{shown} of {total}"},
    {"list.more", "Visa fler", "Show more"},
    {"list.waiting_days", "{days} arbetsdagar", "{days} working days"},
    {"list.waiting_one_day", "1 arbetsdag", "1 working day"},
    {"list.unassigned", "Ej tilldelad", "Unassigned"},
    {"list.assigned_to_you", "Din", "Yours"},
    {"list.assigned", "Tilldelad", "Assigned"},

    // The review queue's filters.
    {"queue.filter.open", "Alla öppna", "All open"},
    {"queue.filter.mine", "Tilldelade mig", "Assigned to me"},
    {"queue.filter.unassigned", "Ej tilldelade", "Unassigned"},
    {"queue.sort.risk", "Risk först", "Risk first"},
    {"queue.sort.waiting", "Längst väntan först", "Longest waiting first"},
    {"queue.empty", "Inga ärenden väntar här.", "No requests wait here."},
    {"queue.count_loading", "{shown} av {total} · hämtar resten …",
     "{shown} of {total} · loading the rest …"},
    {"queue.column.case", "Ärende", "Case"},
    {"queue.column.resource", "Lärresurs", "Resource"},
    {"queue.column.state", "Status", "State"},
    {"queue.column.risk", "Risk", "Risk"},
    {"queue.column.waiting", "Väntat", "Waiting"},
    {"queue.column.assignee", "Handläggare", "Assignee"},

    // A request's page.
    {"request.back", "‹ Tillbaka", "‹ Back"},
    {"request.loading", "Hämtar ärendet …", "Loading the request …"},
    {"request.offline", "Servern kan inte nås just nu. Försök igen om en stund.",
     "The server cannot be reached right now. Try again in a moment."},
    {"request.state", "Läge", "State"},
    {"request.risk", "Risk", "Risk"},
    {"request.next_step", "Nästa steg", "Next step"},
    {"request.fields", "Beställningen", "The request"},
    {"request.timeline", "Händelser", "Timeline"},
    {"request.attachments", "Bilagor", "Attachments"},
    {"request.no_attachments", "Inga bilagor.", "No attachments."},
    {"request.actions", "Åtgärder", "Actions"},
    {"request.no_actions", "Du har inget att göra i ärendet just nu.",
     "There is nothing for you to do on this request now."},
    {"request.send_action", "Utför: {action}", "Do it: {action}"},
    {"request.cancel_action", "Avbryt", "Cancel"},
    {"request.confirm_action", "Beslutet går inte att ändra efteråt.",
     "The decision cannot be changed afterwards."},
    {"request.sending", "Skickar …", "Sending …"},
    {"request.action_done", "Klart: {action}.", "Done: {action}."},
    {"request.changed_meanwhile",
     "Någon annan har ändrat ärendet under tiden. Här är det som det ser ut nu; det du skrev "
     "finns kvar.",
     "Someone else has changed the request meanwhile. Here it is as it is now; what you wrote "
     "is kept."},
    {"request.required_mark", "*", "*"},
    {"request.system", "Anskaffa", "Anskaffa"},
    {"value.yes", "Ja", "Yes"},
    {"value.no", "Nej", "No"},
    {"request.reminder_due", "Påminnelse skickad", "Reminder sent"},
};

}  // namespace

std::span<const TextEntry> page_texts() { return page_entries; }

}  // namespace anskaffa::texts
