// What the accessibility mirror (web/shell/mirror.js) asks of the app. The mirror's controls
// act on the app as the user's own input would: a button pressed there is activated through
// ImGui's navigation (the same path as Enter on a focused widget), text typed into a mirrored
// field is the field's new text, and focus given to a mirrored control moves ImGui's keyboard
// focus and its ring to the widget, scrolled into view. The widgets take what is meant for them
// by their probe id while they are drawn.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace anskaffa::web::a11y {

// The text typed into the mirror's copy of the field `id`, once.
std::optional<std::string> take_typed_text(std::string_view id);

// How the mirror's copy of a field was left: Tab or a click elsewhere, or Enter.
enum class FieldExit { none, left, submitted };
FieldExit take_field_exit(std::string_view id);

// Hands ImGui the next activation the mirror asked for; one a frame, since ImGui keeps one.
// Called before each frame.
void before_frame();

// The probe id of the option chosen in the mirror's copy of the drop-down list `id`, once.
std::optional<std::string> take_chosen_option(std::string_view id);

}  // namespace anskaffa::web::a11y
