// The accessibility mirror's status messages (WCAG 4.1.3): what a screen reader is told when a
// search or a filter changes the number of results, said without the list around it.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry entries[] = {
    {"a11y.status.catalog", "Träffar i katalogen: {shown} av {total}",
     "Hits in the catalogue: {shown} of {total}"},
    {"a11y.status.queue", "Ärenden i kön: {shown} av {total}",
     "Requests in the queue: {shown} of {total}"},
    {"a11y.status.agreements", "Avtal: {shown} av {total}", "Agreements: {shown} of {total}"},
};

}  // namespace

std::span<const TextEntry> a11y_status_texts() { return entries; }

}  // namespace anskaffa::texts
