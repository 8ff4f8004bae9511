// The sign-in screen: a card centred in the window with e-mail, password and "Logga in";
// the server's message under it when signing in fails.
#include <imgui.h>

#include <algorithm>

#include "shared/texts.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_sign_in(App& state) {
  const Lang lang = state.lang;
  SignInForm& form = state.sign_in;

  // Centred on last frame's height of the card, so the card settles a frame after it grows
  // (an error message appearing, say).
  static float card_height = 360;
  const ImVec2 area = ImGui::GetContentRegionAvail();
  const float card_width = std::min(420.0f, area.x);
  const ImVec2 start = ImGui::GetCursorPos();
  ImGui::SetCursorPos(ImVec2(start.x + std::max(0.0f, (area.x - card_width) * 0.5f),
                             start.y + std::max(0.0f, (area.y - card_height) * 0.42f)));

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32, 28));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12, 8));
  ImGui::BeginChild(
      "###sign_in_card", ImVec2(card_width, 0),
      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
      ImGuiWindowFlags_NoScrollbar);

  ui::text("title", text(lang, "signin.title"), ui::TextStyle::title);
  ui::text("intro", text(lang, "signin.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 12));

  bool submit = false;
  submit |= ui::text_input("email", text(lang, "signin.email"), form.email,
                           {.hint = TextHint::email, .autocomplete = "username"})
                .submitted;
  ImGui::Dummy(ImVec2(0, 4));
  submit |= ui::password_input("password", text(lang, "signin.password"), form.password).submitted;
  ImGui::Dummy(ImVec2(0, 16));

  std::string_view label = text(lang, form.pending ? "signin.signing_in" : "signin.submit");
  submit |= ui::button("sign_in", label, ui::ButtonStyle::primary, -FLT_MIN, !form.pending);
  if (!form.error.empty()) {
    ImGui::Dummy(ImVec2(0, 8));
    ui::text("sign_in_error", form.error, ui::TextStyle::error);
  }

  // Centring used a stale height: draw again until it holds, even when no event follows.
  if (ImGui::GetWindowHeight() != card_height) request_redraw(2);
  card_height = ImGui::GetWindowHeight();
  ImGui::EndChild();
  ImGui::PopStyleVar(2);

  // Before signing in too, a user who needs more contrast or another typeface can have it (the rail and menu
  // offer it afterwards); under the card, where it does not come between the fields.
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::SetCursorPosX(start.x + std::max(0.0f, (area.x - card_width) * 0.5f));
  draw_display_settings(state);

  if (submit) submit_sign_in(state);
}

}  // namespace anskaffa::web
