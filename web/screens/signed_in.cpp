// A placeholder for the home screen (a later issue): who is signed in, and signing out.
#include <imgui.h>

#include <algorithm>

#include "shared/texts.h"
#include "web/screens/screens.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_signed_in(App& state) {
  const Lang lang = state.lang;
  const std::string name = state.user ? state.user->name : std::string();
  const ImVec2 area = ImGui::GetContentRegionAvail();
  const float width = std::min(560.0f, area.x);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + std::max(0.0f, (area.x - width) * 0.5f),
                             ImGui::GetCursorPosY() + 48));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ui::text("signed_in_as", format_text(lang, "signin.signed_in_as", {{"name", name}}),
           ui::TextStyle::title);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 16));
  if (ui::button("sign_out", text(lang, "signin.sign_out"), ui::ButtonStyle::secondary))
    sign_out(state);
  ImGui::EndGroup();
}

}  // namespace anskaffa::web
