// A modal dialog: a centred card over the screen, which stays as it was. The mirror makes it a
// dialog that holds the focus (probe.cpp: a modal window is the dialog region).
#pragma once

namespace anskaffa::web::ui {

// Opens the dialog `id` ("###name") while `wanted`, `width` CSS px wide at most; true while it
// is open, and then the caller ends it with ImGui::EndPopup().
bool begin_dialog(const char* id, bool wanted, float width);

}  // namespace anskaffa::web::ui
