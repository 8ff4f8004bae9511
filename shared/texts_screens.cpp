// The app's own screens: navigation, the request form's frame and summary, the calendar.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry screen_entries[] = {
    // Navigation (SPEC 7's screens).
    {"nav.home", "Mina ärenden", "My requests"},
    {"nav.new_request", "Ny beställning", "New request"},
    {"nav.catalog", "Godkända lärresurser", "Approved learning resources"},
    {"nav.review_queue", "Granskning", "Review"},
    {"nav.agreements", "Avtal", "Agreements"},
    {"nav.changes", "Ändringar", "Changes"},
    {"nav.stats", "Statistik", "Statistics"},
    {"nav.admin", "Administration", "Administration"},
    {"nav.group.handling", "Handläggning", "Case handling"},
    {"nav.menu", "Meny", "Menu"},
    {"nav.skip_to_content", "Hoppa till innehållet", "Skip to content"},

    // What each screen is for, shown above its content (and alone while it has none).
    {"screen.home.intro", "Dina beställningar och var de befinner sig i anskaffningen.",
     "Your requests and where they are in the acquisition."},
    {"screen.catalog.intro",
     "Lärresurser som förvaltningen har granskat, med status, avtal och vilka enheter som "
     "använder dem.",
     "Learning resources the administration has reviewed, with their status, agreements and "
     "the units that use them."},
    {"screen.review_queue.intro",
     "Inkomna beställningar att granska, med risk, väntetid och "
     "handläggare.",
     "Incoming requests to review, with risk, waiting time and assignee."},
    {"screen.agreements.intro", "PUB-avtal och tjänsteavtal – de som snart löper ut först.",
     "Data processing and service agreements – those expiring soon first."},
    {"screen.changes.intro",
     "Byten av registeransvarig och lokal systemadministratör på enheterna.",
     "Changes of register holder and local system administrator at the units."},
    {"screen.stats.intro", "Öppna ärenden, handläggningstider och beslut över tid.",
     "Open requests, lead times and decisions over time."},
    {"screen.admin.intro", "Användare, roller och skolenheter.", "Users, roles and school units."},
    {"screen.empty", "Här finns inget att visa ännu.", "There is nothing to show here yet."},
    {"home.start_hint",
     "Vill din enhet använda en digital lärresurs? Börja med en beställning – även om resursen "
     "redan är godkänd.",
     "Does your unit want to use a digital learning resource? Start with a request – even if "
     "the resource is already approved."},
    {"home.submitted", "Beställningen är skickad. Ärendenummer: {case_number}.",
     "The request has been sent. Case number: {case_number}."},

    // The request form.
    {"form.intro",
     "Svara på frågorna i fem steg. Du kan gå fram och tillbaka; allt kontrolleras innan du "
     "skickar.",
     "Answer the questions in five steps. You can move back and forth; everything is checked "
     "before you send."},
    {"form.required_legend", "Fält markerade med * måste fyllas i.",
     "Fields marked * are required."},
    {"form.step_of", "Steg {n} av {total}", "Step {n} of {total}"},
    {"form.next", "Nästa", "Next"},
    {"form.back", "Föregående", "Previous"},
    {"form.choose", "Välj …", "Choose …"},
    {"form.date_hint", "ÅÅÅÅ-MM-DD", "YYYY-MM-DD"},
    {"form.units_loading", "Hämtar skolenheter …", "Loading school units …"},
    {"form.units_failed", "Skolenheterna kunde inte hämtas. Ladda om sidan.",
     "The school units could not be loaded. Reload the page."},
    {"form.same_as_principal", "Samma som ansvarig rektor", "Same as the responsible principal"},
    {"form.summary.title", "Sammanfattning", "Summary"},
    {"form.summary.intro", "Kontrollera dina svar innan du skickar beställningen.",
     "Check your answers before you send the request."},
    {"form.summary.kind", "Typ av ärende", "Kind of request"},
    {"form.summary.risk", "Preliminär riskbedömning", "Preliminary risk assessment"},
    {"form.summary.risk_note", "DI gör den slutliga bedömningen vid granskningen.",
     "DI makes the final assessment in the review."},
    {"form.summary.errors", "Rätta detta innan du skickar:", "Correct this before you send:"},
    {"form.summary.warnings", "Att tänka på:", "Worth noting:"},
    {"form.summary.ready", "Allt som krävs är ifyllt. Beställningen kan skickas.",
     "Everything required is filled in. The request can be sent."},
    {"form.summary.edit", "Ändra", "Change"},
    {"form.summary.not_answered", "Ej ifyllt", "Not answered"},
    {"form.summary.next_step",
     "När du skickar går beställningen till rektorn för godkännande och sedan till DI.",
     "When you send it, the request goes to the principal for approval and then to DI."},
    {"form.summary.next_step_principal",
     "Du är rektor för enheten, så beställningen går direkt till DI för granskning.",
     "You are the unit's principal, so the request goes straight to DI for review."},
    {"form.summary.answers", "Dina svar", "Your answers"},
    {"form.yes", "Ja", "Yes"},
    {"form.no", "Nej", "No"},
    {"form.submitting", "Skickar …", "Sending …"},
    {"form.submit_failed", "Beställningen kunde inte skickas: {message}",
     "The request could not be sent: {message}"},
    {"form.submit_offline",
     "Servern svarar inte. Beställningen finns kvar här – försök igen om en stund.",
     "The server does not answer. The request is kept here – try again in a moment."},

    // The date field's calendar; weeks start on Monday.
    {"calendar.open", "Välj datum i kalendern", "Choose a date in the calendar"},
    {"calendar.previous", "Föregående månad", "Previous month"},
    {"calendar.next", "Nästa månad", "Next month"},
    {"calendar.month.1", "januari", "January"},
    {"calendar.month.2", "februari", "February"},
    {"calendar.month.3", "mars", "March"},
    {"calendar.month.4", "april", "April"},
    {"calendar.month.5", "maj", "May"},
    {"calendar.month.6", "juni", "June"},
    {"calendar.month.7", "juli", "July"},
    {"calendar.month.8", "augusti", "August"},
    {"calendar.month.9", "september", "September"},
    {"calendar.month.10", "oktober", "October"},
    {"calendar.month.11", "november", "November"},
    {"calendar.month.12", "december", "December"},
    {"calendar.weekday.1", "må", "Mo"},
    {"calendar.weekday.2", "ti", "Tu"},
    {"calendar.weekday.3", "on", "We"},
    {"calendar.weekday.4", "to", "Th"},
    {"calendar.weekday.5", "fr", "Fr"},
    {"calendar.weekday.6", "lö", "Sa"},
    {"calendar.weekday.7", "sö", "Su"},
};

}  // namespace

std::span<const TextEntry> screen_texts() { return screen_entries; }

}  // namespace anskaffa::texts
