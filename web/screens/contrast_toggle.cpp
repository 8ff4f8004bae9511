// The high-contrast toggle, one drawing for the places it is offered: the navigation (rail or
// menu) once signed in, and the sign-in screen before that, so every screen has it.
#include "shared/texts.h"
#include "web/contrast_choice.h"
#include "web/screens/screens.h"
#include "web/ui/toggle.h"

namespace anskaffa::web {

void draw_contrast_toggle(App& state, float width) {
  if (ui::toggle_button("contrast_toggle", text(state.lang, "display.high_contrast"),
                        high_contrast_on(), width)) {
    toggle_contrast();
  }
}

}  // namespace anskaffa::web
