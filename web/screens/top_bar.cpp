// The bar above every screen: the app's name, whether the browser is offline, and the
// language toggle.
#include <imgui.h>

#include "shared/texts.h"
#include "web/fonts.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_top_bar(App& state) {
  const Lang lang = state.lang;
  const float height = theme::kTopBarHeight;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kSurface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
  ImGui::BeginChild("###top_bar", ImVec2(0, height), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  const float width = ImGui::GetWindowWidth();

  // The brand, centred vertically, then the tagline beside it when there is room.
  float brand_height = fonts::get(fonts::Role::heading)->FontSize * ImGui::GetIO().FontGlobalScale;
  ImGui::SetCursorPosY((height - brand_height) * 0.5f);
  ui::text("app_name", text(lang, "app.name"), ui::TextStyle::brand);
  std::string_view tagline = text(lang, "app.tagline");
  float tagline_width = ImGui::CalcTextSize(tagline.data(), tagline.data() + tagline.size()).x;
  float right_width = 260;  // kept free for the offline note and the language toggle
  if (width > 24 + 120 + tagline_width + right_width) {
    ImGui::SameLine(0, 20);
    ImGui::SetCursorPosY((height - ImGui::GetTextLineHeight()) * 0.5f);
    ui::text("tagline", tagline, ui::TextStyle::muted);
  }

  // Right-aligned: the language toggle, and left of it a note while offline.
  std::string_view toggle = text(lang, "lang.switch_to_other");
  float toggle_width = ImGui::CalcTextSize(toggle.data(), toggle.data() + toggle.size()).x + 2 * 18;
  float button_height = ImGui::GetTextLineHeight() + 2 * 10;
  float x = width - 24 - toggle_width;
  if (!is_online()) {
    std::string_view offline = text(lang, "app.offline");
    float offline_width = ImGui::CalcTextSize(offline.data(), offline.data() + offline.size()).x;
    ImGui::SameLine();
    ImGui::SetCursorPos(
        ImVec2(x - 16 - offline_width, (height - ImGui::GetTextLineHeight()) * 0.5f));
    ui::text("offline", offline, ui::TextStyle::muted);
  }
  ImGui::SameLine();
  ImGui::SetCursorPos(ImVec2(x, (height - button_height) * 0.5f));
  if (ui::button("lang_toggle", toggle, ui::ButtonStyle::quiet)) toggle_language(state);
  ImGui::EndChild();

  // The bar's lower edge, drawn by the full-window parent: a child clips its own drawing
  // short of its edges by half its padding.
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1),
                                      ImGui::GetColorU32(theme::kBorder));
}

}  // namespace anskaffa::web
