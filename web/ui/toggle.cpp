#include "web/ui/toggle.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web::ui {
namespace {

// As ui::button pads its label, so the two sit well side by side.
constexpr ImVec2 kPadding(18, 10);
constexpr float kBoxSize = 18.0f;
constexpr float kBoxGap = 10.0f;

}  // namespace

bool toggle_button(std::string_view id, std::string_view label, bool on, float width) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiID item_id = window->GetID(id.data(), id.data() + id.size());
  const ImVec2 text_size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
  const float fitted = 2 * kPadding.x + kBoxSize + kBoxGap + text_size.x;
  const float shown_width = width > 0   ? width
                            : width < 0 ? ImMax(fitted, ImGui::GetContentRegionAvail().x)
                                        : fitted;
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect frame(pos, pos + ImVec2(shown_width, text_size.y + 2 * kPadding.y));
  ImGui::ItemSize(frame.GetSize());
  bool pressed = false;
  if (ImGui::ItemAdd(frame, item_id)) {
    bool hovered = false;
    bool held = false;
    pressed = ImGui::ButtonBehavior(frame, item_id, &hovered, &held);
    const theme::Palette& c = theme::colours();
    ImDrawList* draw = window->DrawList;
    const float rounding = theme::kRounding;
    // Its label stays in the text colour, so the fill stays light even while pressed.
    const ImVec4& fill = held || hovered ? c.accent_tint : c.surface;
    draw->AddRectFilled(frame.Min, frame.Max, ImGui::GetColorU32(fill), rounding);
    draw->AddRect(frame.Min, frame.Max, ImGui::GetColorU32(on ? c.accent : c.field_border),
                  rounding, 0, on ? 2.0f : 1.0f);
    ImGui::RenderNavHighlight(frame, item_id);

    // The box: empty when off, filled with a tick when on.
    const ImVec2 box_min(frame.Min.x + kPadding.x,
                         frame.Min.y + (frame.GetHeight() - kBoxSize) * 0.5f);
    const ImVec2 box_max = box_min + ImVec2(kBoxSize, kBoxSize);
    if (on) {
      draw->AddRectFilled(box_min, box_max, ImGui::GetColorU32(c.accent), 3);
      ImGui::RenderCheckMark(draw, box_min + ImVec2(4, 4), ImGui::GetColorU32(c.on_accent),
                             kBoxSize - 8);
    } else {
      draw->AddRect(box_min, box_max, ImGui::GetColorU32(c.muted_text), 3, 0, 1.5f);
    }
    parts::draw_text(ImVec2(box_max.x + kBoxGap, frame.Min.y + kPadding.y), label, c.text);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  probe::tag_last_item(
      {.id = std::string(id), .label = std::string(label), .kind = probe::Kind::button});
  probe::mark_pressed(id, on);
  return pressed;
}

}  // namespace anskaffa::web::ui
