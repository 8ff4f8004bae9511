// Checkboxes, radio buttons and drop-down lists (see widgets.h). ImGui's own checkbox and
// radio button draw their label on one line, which a long Swedish label on a phone overflows;
// these wrap the label beside the mark, and the whole of it is what a click or tap hits.
#include <imgui.h>
#include <imgui_internal.h>

#include "web/a11y/mirror_input.h"
#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"
#include "web/ui/widgets.h"

namespace anskaffa::web::ui {
namespace {

constexpr float kMarkSize = 22.0f;
constexpr float kMarkGap = 10.0f;
constexpr float kRowPadding = 4.0f;  // above and below, so that rows are easy to hit

enum class Mark { check, radio };

// A mark and its wrapped label as one clickable, keyboard-focusable item; true when pressed.
bool marked_option(std::string_view id, std::string_view label, bool on, Mark mark, bool enabled,
                   float width) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiID item_id = window->GetID(id.data(), id.data() + id.size());
  const float room = width > 0 ? width : ImGui::GetContentRegionAvail().x;
  const float wrap = ImMax(40.0f, room - kMarkSize - kMarkGap);
  const ImVec2 text_size =
      ImGui::CalcTextSize(label.data(), label.data() + label.size(), false, wrap);
  const float height = ImMax(kMarkSize, text_size.y) + 2 * kRowPadding;
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect row(pos, pos + ImVec2(kMarkSize + kMarkGap + text_size.x, height));
  ImGui::ItemSize(row.GetSize());
  if (!ImGui::ItemAdd(row, item_id, nullptr, enabled ? 0 : ImGuiItemFlags_Disabled)) return false;

  bool hovered = false;
  bool held = false;
  const bool pressed = enabled && ImGui::ButtonBehavior(row, item_id, &hovered, &held);
  ImGui::RenderNavHighlight(row, item_id);

  ImDrawList* draw = window->DrawList;
  const float line = ImGui::GetTextLineHeight();
  // The mark sits on the first line of the label.
  const ImVec2 mark_min(pos.x, pos.y + kRowPadding + ImMax(0.0f, (line - kMarkSize) * 0.5f));
  const ImVec2 mark_max = mark_min + ImVec2(kMarkSize, kMarkSize);
  const ImU32 border =
      ImGui::GetColorU32(on || hovered ? theme::colours().accent : theme::colours().muted_text);
  const ImU32 fill =
      ImGui::GetColorU32(hovered ? theme::colours().accent_tint : theme::colours().surface);
  if (mark == Mark::check) {
    draw->AddRectFilled(mark_min, mark_max, on ? ImGui::GetColorU32(theme::colours().accent) : fill,
                        4);
    draw->AddRect(mark_min, mark_max, border, 4, 0, 1.5f);
    if (on) {
      ImGui::RenderCheckMark(draw, mark_min + ImVec2(5, 5),
                             ImGui::GetColorU32(theme::colours().on_accent), kMarkSize - 10);
    }
  } else {
    const ImVec2 centre = (mark_min + mark_max) * 0.5f;
    draw->AddCircleFilled(centre, kMarkSize * 0.5f, fill, 24);
    draw->AddCircle(centre, kMarkSize * 0.5f - 0.75f, border, 24, 1.5f);
    if (on)
      draw->AddCircleFilled(centre, kMarkSize * 0.25f, ImGui::GetColorU32(theme::colours().accent));
  }
  const ImVec2 text_pos(pos.x + kMarkSize + kMarkGap,
                        pos.y + kRowPadding + ImMax(0.0f, (kMarkSize - line) * 0.5f));
  parts::draw_text(text_pos, label, enabled ? theme::colours().text : theme::colours().muted_text,
                   wrap);
  if (hovered && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return pressed;
}

}  // namespace

float option_width(std::string_view label) {
  return kMarkSize + kMarkGap + ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
}

bool checkbox(std::string_view id, std::string_view label, bool& checked, probe::Tag tag,
              bool enabled, float width) {
  const bool pressed = marked_option(id, label, checked, Mark::check, enabled, width);
  if (pressed) checked = !checked;
  tag.id = std::string(id);
  tag.label = std::string(label);
  tag.kind = probe::Kind::checkbox;
  tag.disabled = !enabled;
  if (!tag.has_value && tag.value.is_null()) tag.value = checked;
  probe::tag_last_item(std::move(tag));
  return pressed;
}

bool radio(std::string_view id, std::string_view label, bool selected, float width,
           probe::Tag tag) {
  const bool pressed = marked_option(id, label, selected, Mark::radio, true, width);
  tag.id = std::string(id);
  tag.label = std::string(label);
  tag.kind = probe::Kind::radio;
  tag.value = selected;
  probe::tag_last_item(std::move(tag));
  return pressed && !selected;
}

bool combo(std::string_view id, std::string_view label, std::span<const std::string> items,
           std::span<const std::string> item_ids, int& selected, std::string_view placeholder,
           float width, probe::Tag tag) {
  // The mirror's choice first: this frame's tag, and so the mirror's list, must show it, or
  // the list would step back to the old option for a frame and a quick next key press with it.
  bool changed = false;
  if (const std::optional<std::string> chosen = a11y::take_chosen_option(id)) {
    for (int i = 0; i < static_cast<int>(item_ids.size()); ++i) {
      if (item_ids[i] != *chosen || i == selected) continue;
      selected = i;
      changed = true;
    }
  }
  const bool has_choice = selected >= 0 && selected < static_cast<int>(items.size());
  const std::string preview = has_choice ? items[selected] : std::string(placeholder);
  ImGui::PushID(id.data(), id.data() + id.size());
  ImGui::SetNextItemWidth(width);
  if (!has_choice) ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().muted_text);
  ImGui::PushStyleColor(ImGuiCol_Button, theme::colours().surface);
  ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, theme::kRounding);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
  const bool open = ImGui::BeginCombo("##combo", preview.c_str(), ImGuiComboFlags_HeightLarge);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(has_choice ? 1 : 2);
  parts::hand_cursor_on_hover();
  tag.id = std::string(id);
  tag.label = std::string(label);
  tag.kind = probe::Kind::combo;
  tag.has_value = true;
  for (std::size_t i = 0; i < items.size() && i < item_ids.size(); ++i) {
    tag.options.push_back({item_ids[i], items[i]});
  }
  tag.chosen_option = has_choice ? selected : -1;
  probe::tag_last_item(std::move(tag));

  if (open) {
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
      const bool is_selected = i == selected;
      const float row_height = ImGui::GetTextLineHeight() + 14;
      if (ImGui::Selectable(parts::imgui_label(items[i], item_ids[i]).c_str(), is_selected, 0,
                            ImVec2(0, row_height))) {
        changed = selected != i;
        selected = i;
      }
      if (is_selected) ImGui::SetItemDefaultFocus();
      probe::tag_last_item(
          {.id = item_ids[i], .label = items[i], .kind = probe::Kind::row, .value = is_selected});
    }
    ImGui::PopStyleVar(2);
    ImGui::EndCombo();
  }
  ImGui::PopID();
  return changed;
}

}  // namespace anskaffa::web::ui
