// The accessibility mirror's status messages (WCAG 4.1.3): what a screen reader is told when a
// search or a filter changes the number of results, said without the list around it; and the
// warning before a session ends (WCAG 2.2.1).
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry a11y_status_entries[] = {
    {"a11y.status.catalog", "Träffar i katalogen: {shown} av {total}",
     "Hits in the catalogue: {shown} of {total}"},
    {"a11y.status.queue", "Ärenden i kön: {shown} av {total}",
     "Requests in the queue: {shown} of {total}"},
    {"a11y.status.agreements", "Avtal: {shown} av {total}", "Agreements: {shown} of {total}"},
    // The warning before a session ends without a request (WCAG 2.2.1).
    {"session_ending.title", "Du loggas snart ut", "You will soon be signed out"},
    {"session_ending.intro",
     "Du har inte gjort något på en stund. Klockan {time} loggas du ut, om du inte fortsätter. "
     "Det du har skrivit finns kvar.",
     "You have not done anything for a while. At {time} you will be signed out, unless you "
     "continue. What you have written is kept."},
    {"session_ending.continue", "Fortsätt", "Continue"},
};

}  // namespace

std::span<const TextEntry> a11y_status_texts() { return a11y_status_entries; }

}  // namespace anskaffa::texts
