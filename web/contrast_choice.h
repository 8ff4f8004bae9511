// Which palette the app is drawn in (theme.h): the user's own choice, kept on the device
// (`settings/contrast`), else the system's wish for more contrast, followed as it changes.
#pragma once

namespace anskaffa::web {

// Reads the stored choice and listens to the system. Storage must be initialised.
void contrast_init();
// The stored choice has been read, or a short wait for it has passed: the first frame can be
// drawn in the right palette (no flash of the other one).
bool contrast_settled();
// The palette asked for is the high-contrast one.
bool high_contrast_on();
// The user's choice: the other palette, kept on the device; it overrides the system's wish.
void toggle_contrast();

}  // namespace anskaffa::web
