// The app's display settings: a high-contrast look for people who need more contrast than the
// standard one gives (WCAG 1.4.3, 1.4.5, 1.4.11); the canvas cannot be restyled by them.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry display_entries[] = {
    {"display.high_contrast", "Hög kontrast", "High contrast"},
};

}  // namespace

std::span<const TextEntry> display_texts() { return display_entries; }

}  // namespace anskaffa::texts
