// The accessibility mirror's tree (WCAG 2.1 AA): after each frame, the widgets the probe's
// registry holds (all of them, also those scrolled out of view) go to web/shell/mirror.js as
// JSON, which keeps a visually hidden DOM in step with them: headings, landmarks, labelled
// fields with their values, required state and findings, buttons, links, lists, tabs and
// dialogs. Screen readers read that DOM; what is done in it comes back through mirror_input.h.
#pragma once

#include <string>

namespace anskaffa::web::a11y {

// The tree of the last frame drawn, as JSON text.
std::string mirror_json();

// Tells mirror.js a frame was drawn; it asks for the tree when it is not the one it has.
void mirror_after_frame();

}  // namespace anskaffa::web::a11y
