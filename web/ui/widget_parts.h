// Pieces the widget files share (internal to web/ui).
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace anskaffa::web::ui::parts {

// Shown text with a hidden, language-independent ImGui id.
std::string imgui_label(std::string_view label, std::string_view id);

void hand_cursor_on_hover();

// A field being edited gets an accent outline, as browsers draw their focus ring.
void focus_outline();

// Text wrapped at `wrap_width` (0: no wrapping) drawn at `pos` into the window's draw list.
void draw_text(ImVec2 pos, std::string_view text, ImVec4 colour, float wrap_width = 0);

}  // namespace anskaffa::web::ui::parts
