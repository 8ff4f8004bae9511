// The app's words for the steps of the whole process that the earlier screens left out:
// completing a request returned by DI and sending it again, and choosing the service agreement
// an order is placed under.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry journey_entries[] = {
    {"completion.title", "Komplettera {case_number}", "Complete {case_number}"},
    {"completion.intro",
     "Ändra det som DI bad om och skicka in beställningen igen. Ändringarna sparas i ärendet när "
     "du skickar.",
     "Change what DI asked for and send the request again. The changes are saved in the case "
     "when you send it."},
    {"completion.back", "‹ Tillbaka till ärendet", "‹ Back to the case"},
    {"completion.submit", "Spara och skicka in igen", "Save and send again"},
    {"completion.next_step", "När du skickar går ärendet tillbaka till DI:s granskning.",
     "When you send it, the case goes back to DI's review."},
    {"completion.sent", "Kompletteringen är inskickad. DI granskar ärendet igen.",
     "The completion is sent. DI reviews the case again."},
    {"queue.filter.to_order", "Att beställa", "To order"},
    {"files.no_service_agreement", "Inget – ett giltigt tjänsteavtal täcker redan lärresursen",
     "None – a valid service agreement already covers the resource"},
    {"files.service_agreement_choice", "{reference} · {supplier}, gäller till {date}",
     "{reference} · {supplier}, valid until {date}"},
    {"completion.failed", "Kompletteringen kunde inte skickas: {reason}",
     "The completion could not be sent: {reason}"},
};

}  // namespace

std::span<const TextEntry> journey_texts() { return journey_entries; }

}  // namespace anskaffa::texts
