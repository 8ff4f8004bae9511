// How the app is drawn, as the user wants it: the palette (theme.h), the typeface and the text
// spacing (fonts.h). Each is the user's own choice, kept on the device (`settings/contrast`,
// `settings/text`); the palette, until chosen, follows the system's wish for more contrast as
// it changes.
#pragma once

#include "web/fonts.h"

namespace anskaffa::web {

// Reads the stored choices and listens to the system. Storage must be initialised.
void display_init();
// The stored choices have been read, or a short wait for them has passed: the first frame can
// be drawn as chosen (no flash of the other palette or face).
bool display_settled();

// The palette asked for is the high-contrast one.
bool high_contrast_on();
// The user's choice: the other palette, kept on the device; it overrides the system's wish.
void toggle_contrast();

// The typeface and spacing asked for (the face may still be on its way: fonts::drawn_look).
fonts::TextLook text_look();
// The user's choice, kept on the device.
void choose_text_look(const fonts::TextLook& look);

}  // namespace anskaffa::web
