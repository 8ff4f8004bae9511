// The app's CSV downloads of the registers (SPEC 5's exports), offered on the catalogue screen
// to those who may export: the catalogue, and which units use which resource.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry export_screen_entries[] = {
    {"catalog.export.title", "Exportera", "Export"},
    {"catalog.export.catalog", "Katalogen som CSV", "The catalogue as CSV"},
    {"catalog.export.usage", "Enheternas användning som CSV", "The units' use as CSV"},
};

}  // namespace

std::span<const TextEntry> export_screen_texts() { return export_screen_entries; }

}  // namespace anskaffa::texts
