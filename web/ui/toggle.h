// A toggle button: a button that stays pressed or not (a setting such as high contrast). Its
// state is drawn as a box with a tick, not by colour alone (WCAG 1.4.1), and is the mirror's
// aria-pressed (WCAG 4.1.2).
#pragma once

#include <string_view>

namespace anskaffa::web::ui {

// `width` 0 fits the label, a negative width fills the row. True when pressed this frame.
bool toggle_button(std::string_view id, std::string_view label, bool on, float width = 0);

}  // namespace anskaffa::web::ui
