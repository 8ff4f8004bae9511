#include "web/ui/skip_link.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web::ui {
namespace {

constexpr ImVec2 kPadding(14, 8);

}  // namespace

bool skip_link(std::string_view id, std::string_view label) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiID item_id = window->GetID(id.data(), id.data() + id.size());
  // Focused in the last frame: shown, and the mouse can use it. Otherwise it takes no room and
  // no pointer, so it neither covers the brand nor catches a click meant for it; Tab, which
  // goes in the order items are submitted, reaches it all the same.
  const bool focused = g.NavId == item_id && !g.NavDisableHighlight;
  const ImVec2 text_size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect frame(pos, focused ? pos + text_size + kPadding * 2 : pos);
  // Added without ItemSize: nothing after it moves. Unfocused it is "clipped" (it has no
  // size), which ImGui's Tab and the probe's registry see past.
  const bool shown = ImGui::ItemAdd(frame, item_id);
  bool pressed = false;
  bool hovered = false;
  bool held = false;
  // While pressed it is ImGui's active item, which only its own behaviour lets go of, also
  // in the frame after Enter moved the focus away.
  if (shown && (focused || g.ActiveId == item_id)) {
    pressed = ImGui::ButtonBehavior(frame, item_id, &hovered, &held);
  }
  if (focused && shown) {
    const theme::Palette& c = theme::colours();
    // Over the brand, which is drawn after it in the same window: the foreground of the bar.
    ImDrawList* draw = ImGui::GetForegroundDrawList(window->Viewport);
    draw->AddRectFilled(frame.Min, frame.Max, ImGui::GetColorU32(c.surface), theme::kRounding);
    draw->AddRect(frame.Min, frame.Max, ImGui::GetColorU32(c.accent), theme::kRounding, 0, 2.0f);
    draw->AddText(frame.Min + kPadding, ImGui::GetColorU32(c.accent), label.data(),
                  label.data() + label.size());
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  probe::tag_last_item(
      {.id = std::string(id), .label = std::string(label), .kind = probe::Kind::link});
  return pressed;
}

}  // namespace anskaffa::web::ui
