#include "web/ui/list_row.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web::ui {
namespace {

constexpr float kPadX = 16;
constexpr float kPadY = 12;
constexpr float kGap = 12;

ImVec2 chip_size(std::string_view content) {
  const ImVec2 text = ImGui::CalcTextSize(content.data(), content.data() + content.size());
  return ImVec2(text.x + 20, text.y + 6);
}

}  // namespace

bool list_row(std::string_view id, const RowContent& content, nlohmann::json value) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  const bool narrow = width < 520;
  // On a narrow column the chip and the trailing text go on a line of their own.
  const float right = narrow || content.chip.empty() ? 0 : chip_size(content.chip).x + kGap;
  const float trailing_width =
      narrow || content.trailing.empty()
          ? 0
          : ImGui::CalcTextSize(content.trailing.data(),
                                content.trailing.data() + content.trailing.size())
                    .x +
                kGap;
  const float text_width = width - 2 * kPadX - right - trailing_width;
  const ImVec2 title_size = ImGui::CalcTextSize(
      content.title.data(), content.title.data() + content.title.size(), false, text_width);
  const ImVec2 detail_size =
      content.detail.empty()
          ? ImVec2(0, 0)
          : ImGui::CalcTextSize(content.detail.data(),
                                content.detail.data() + content.detail.size(), false, text_width);
  float height = kPadY * 2 + title_size.y + (content.detail.empty() ? 0 : 4 + detail_size.y);
  if (narrow && (!content.chip.empty() || !content.trailing.empty())) height += 8 + line + 6;
  // On a very narrow or zoomed column (320 CSS px) the trailing text would be cut off beside
  // the chip: it gets a line of its own beneath (WCAG 1.4.10).
  const float chip_line_width =
      (content.chip.empty() ? 0 : chip_size(content.chip).x + kGap) +
      ImGui::CalcTextSize(content.trailing.data(),
                          content.trailing.data() + content.trailing.size())
          .x;
  const bool trailing_below = narrow && !content.chip.empty() && !content.trailing.empty() &&
                              chip_line_width > width - 2 * kPadX;
  const float below = trailing_below ? line + 4 : 0;
  height += below;

  const ImVec2 pos = window->DC.CursorPos;
  const ImRect rect(pos, pos + ImVec2(width, height));
  const ImGuiID item = ImGui::GetID(id.data(), id.data() + id.size());
  ImGui::ItemSize(rect.GetSize());
  bool activated = false;
  if (ImGui::ItemAdd(rect, item)) {
    bool hovered = false;
    bool held = false;
    activated = ImGui::ButtonBehavior(rect, item, &hovered, &held);
    ImDrawList* draw = window->DrawList;
    draw->AddRectFilled(
        rect.Min, rect.Max,
        ImGui::GetColorU32(hovered ? theme::colours().accent_tint : theme::colours().surface));
    draw->AddLine(ImVec2(rect.Min.x, rect.Max.y - 1), ImVec2(rect.Max.x, rect.Max.y - 1),
                  ImGui::GetColorU32(theme::colours().border));
    ImGui::RenderNavHighlight(rect, item);
    const ImVec2 text_pos = pos + ImVec2(kPadX, kPadY);
    parts::draw_text(text_pos, content.title, theme::colours().text, text_width);
    if (!content.detail.empty()) {
      parts::draw_text(text_pos + ImVec2(0, title_size.y + 4), content.detail,
                       theme::colours().muted_text, text_width);
    }
    ImVec2 chip_pos;
    if (narrow) {
      chip_pos = ImVec2(text_pos.x, rect.Max.y - kPadY - line - 6 - below);
    } else {
      chip_pos = ImVec2(rect.Max.x - kPadX - right + kGap,
                        pos.y + (height - chip_size(content.chip).y) * 0.5f);
    }
    if (!content.chip.empty()) {
      const ImVec2 size = chip_size(content.chip);
      draw->AddRectFilled(chip_pos, chip_pos + size,
                          ImGui::GetColorU32(tone_tint(content.chip_tone)), size.y * 0.5f);
      draw->AddRect(chip_pos, chip_pos + size, ImGui::GetColorU32(tone_text(content.chip_tone)),
                    size.y * 0.5f);
      parts::draw_text(chip_pos + ImVec2(10, 3), content.chip, tone_text(content.chip_tone));
    }
    if (!content.trailing.empty()) {
      const float x =
          trailing_below ? chip_pos.x
          : narrow ? chip_pos.x + (content.chip.empty() ? 0 : chip_size(content.chip).x + kGap)
                   : rect.Max.x - kPadX - right - trailing_width + kGap;
      const float y = trailing_below ? chip_pos.y + line + 10 : chip_pos.y + 3;
      parts::draw_text(ImVec2(x, y), content.trailing,
                       content.trailing_tone == Tone::neutral ? theme::colours().muted_text
                                                              : tone_text(content.trailing_tone));
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  probe::Tag tag{.id = std::string(id),
                 .label = std::string(content.title),
                 .kind = probe::Kind::row,
                 .value = std::move(value)};
  if (!content.table.empty()) {
    tag.parent = std::string(content.table);
    tag.cells = {std::string(content.detail), std::string(content.chip),
                 std::string(content.trailing)};
  }
  probe::tag_last_item(std::move(tag));
  return activated;
}

}  // namespace anskaffa::web::ui
