// The app's display settings: a high-contrast look for people who need more contrast than the
// standard one gives (WCAG 1.4.3, 1.4.5, 1.4.11), and a typeface and text spacing of one's own
// (1.4.5, 1.4.12); the canvas cannot be restyled by the user's style sheets.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry display_entries[] = {
    {"display.high_contrast", "Hög kontrast", "High contrast"},
    {"display.text_settings", "Typsnitt och avstånd", "Font and spacing"},
    {"display.text_settings_title", "Typsnitt och textavstånd", "Font and text spacing"},
    {"display.text_settings_intro",
     "Välj hur texten ska se ut. Valet sparas på den här enheten och gäller alla sidor.",
     "Choose how text should look. The choice is kept on this device and applies to every "
     "page."},
    {"display.typeface", "Typsnitt", "Typeface"},
    {"display.standard", "standard", "standard"},
    {"display.spacing", "Textavstånd", "Text spacing"},
    {"display.spacing_normal", "Normalt", "Normal"},
    {"display.spacing_wide", "Större: radavstånd 1,5 och mer luft mellan bokstäver och ord",
     "Wider: line height 1.5 and more space between letters and words"},
    {"display.typeface_loading", "Hämtar typsnittet …", "Fetching the typeface …"},
    {"display.typeface_failed",
     "Typsnittet kunde inte hämtas. Texten visas i Noto Sans tills det går; försök igen när du "
     "är uppkopplad.",
     "The typeface could not be fetched. Text is shown in Noto Sans until it can; try again "
     "when you are online."},
    {"display.try_again", "Försök igen", "Try again"},
    {"display.close", "Stäng", "Close"},
};

}  // namespace

std::span<const TextEntry> display_texts() { return display_entries; }

}  // namespace anskaffa::texts
