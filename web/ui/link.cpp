#include "web/ui/link.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web::ui {

bool link(std::string_view id, std::string_view label, nlohmann::json value) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size(), false, width);
  const ImVec2 pos = window->DC.CursorPos;
  // A little taller than the text, so a finger finds it.
  const ImRect area(pos, ImVec2(pos.x + size.x, pos.y + std::max(size.y, 24.0f)));
  const ImGuiID item = window->GetID(id.data(), id.data() + id.size());
  ImGui::ItemSize(area.GetSize());
  bool pressed = false;
  if (ImGui::ItemAdd(area, item)) {
    bool hovered = false;
    bool held = false;
    pressed = ImGui::ButtonBehavior(area, item, &hovered, &held);
    ImGui::RenderNavHighlight(area, item);
    const float text_y = pos.y + (area.GetHeight() - size.y) * 0.5f;
    parts::draw_text(ImVec2(pos.x, text_y), label, theme::colours().accent, width);
    if (hovered) {
      const float y = text_y + size.y;
      window->DrawList->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + size.x, y),
                                ImGui::GetColorU32(theme::colours().accent));
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
  }
  probe::tag_last_item({.id = std::string(id),
                        .label = std::string(label),
                        .kind = probe::Kind::link,
                        .value = std::move(value)});
  return pressed;
}

}  // namespace anskaffa::web::ui
