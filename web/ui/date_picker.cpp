// A small calendar beside a date field: a button that opens a month of days, weeks starting on
// Monday as in Sweden. Picking a day writes it into the field as YYYY-MM-DD; the field itself
// stays the way to type a date, and the core judges whatever is there.
#include "web/ui/date_picker.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <string>

#include "shared/date.h"
#include "shared/texts.h"
#include "web/platform/platform.h"
#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"
#include "web/ui/widgets.h"

namespace anskaffa::web::ui {
namespace {

constexpr float kDay = 36;  // a day's square, big enough for a finger

Date first_of_month(Date date) { return {date.year, date.month, 1}; }

Date add_months(Date month, int delta) {
  int index = month.year * 12 + (month.month - 1) + delta;
  return {index / 12, index % 12 + 1, 1};
}

int days_in_month(Date month) {
  return static_cast<int>(days_between(first_of_month(month), add_months(month, 1)));
}

// 0 for Monday ... 6 for Sunday. 1970-01-01 was a Thursday.
int weekday(Date date) {
  const long days = days_since_epoch(date);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

// The calendar icon: a page with two rings and a grid of days.
void draw_icon(ImDrawList* draw, ImVec2 centre, ImU32 colour) {
  const ImVec2 min(centre.x - 8, centre.y - 7);
  const ImVec2 max(centre.x + 8, centre.y + 8);
  draw->AddRect(min, max, colour, 2, 0, 1.5f);
  draw->AddLine(ImVec2(min.x, min.y + 4), ImVec2(max.x, min.y + 4), colour, 1.5f);
  draw->AddLine(ImVec2(centre.x - 4, min.y - 2), ImVec2(centre.x - 4, min.y + 2), colour, 1.5f);
  draw->AddLine(ImVec2(centre.x + 4, min.y - 2), ImVec2(centre.x + 4, min.y + 2), colour, 1.5f);
  for (int row = 0; row < 2; ++row)
    for (int col = 0; col < 3; ++col)
      draw->AddRectFilled(ImVec2(min.x + 3 + col * 4, min.y + 7 + row * 3.5f),
                          ImVec2(min.x + 5 + col * 4, min.y + 9 + row * 3.5f), colour);
}

// A square button with a chevron pointing left or right; true when pressed.
bool chevron_button(const std::string& id, std::string_view label, bool right) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect box(pos, pos + ImVec2(kDay, kDay));
  const ImGuiID item = window->GetID(id.c_str());
  ImGui::ItemSize(box.GetSize());
  bool pressed = false;
  if (ImGui::ItemAdd(box, item)) {
    bool hovered = false;
    bool held = false;
    pressed = ImGui::ButtonBehavior(box, item, &hovered, &held);
    ImGui::RenderNavHighlight(box, item);
    ImDrawList* draw = window->DrawList;
    if (hovered) {
      draw->AddRectFilled(box.Min, box.Max, ImGui::GetColorU32(theme::colours().accent_tint),
                          theme::kRounding);
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const ImVec2 c = box.GetCenter();
    const float d = right ? 1.0f : -1.0f;
    const ImVec2 points[3] = {ImVec2(c.x - 3 * d, c.y - 6), ImVec2(c.x + 3 * d, c.y),
                              ImVec2(c.x - 3 * d, c.y + 6)};
    draw->AddPolyline(points, 3, ImGui::GetColorU32(theme::colours().accent), 0, 2.0f);
  }
  probe::tag_last_item({.id = id, .label = std::string(label), .kind = probe::Kind::button});
  return pressed;
}

struct PickerState {
  Date month;  // the month on show while the popup is open
};

PickerState& picker() {
  static PickerState state;
  return state;
}

// A day of the month as a square button; true when chosen.
bool day_button(const std::string& id, int day, bool selected, bool today, bool past) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect box(pos, pos + ImVec2(kDay, kDay));
  const ImGuiID item = window->GetID(id.c_str());
  ImGui::ItemSize(box.GetSize());
  bool pressed = false;
  if (ImGui::ItemAdd(box, item)) {
    bool hovered = false;
    bool held = false;
    pressed = ImGui::ButtonBehavior(box, item, &hovered, &held);
    ImGui::RenderNavHighlight(box, item);
    ImDrawList* draw = window->DrawList;
    if (selected) {
      draw->AddRectFilled(box.Min, box.Max, ImGui::GetColorU32(theme::colours().accent),
                          theme::kRounding);
    } else if (hovered) {
      draw->AddRectFilled(box.Min, box.Max, ImGui::GetColorU32(theme::colours().accent_tint),
                          theme::kRounding);
    }
    if (today && !selected) {
      draw->AddRect(box.Min, box.Max, ImGui::GetColorU32(theme::colours().accent), theme::kRounding,
                    0, 1.5f);
    }
    const std::string number = std::to_string(day);
    const ImVec2 size = ImGui::CalcTextSize(number.c_str());
    // Past days stay possible (the core says why they will not do) but read as past.
    const ImVec4 colour = selected ? theme::colours().on_accent
                          : past   ? theme::colours().past_day
                                   : theme::colours().text;
    parts::draw_text(box.GetCenter() - size * 0.5f, number, colour);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  probe::tag_last_item(
      {.id = id, .label = std::to_string(day), .kind = probe::Kind::button, .value = selected});
  return pressed;
}

}  // namespace

bool date_picker(std::string_view id, Lang lang, std::string& value) {
  bool picked = false;
  const std::string base(id);
  const std::string popup = base + ".calendar";
  const auto today = parse_date(local_today());
  const auto chosen = parse_date(value);

  // The button: as tall as a field, the icon in the middle.
  const float height = ImGui::GetFrameHeight();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
  const bool open = ImGui::Button(("###" + popup + ".open").c_str(), ImVec2(height + 4, height));
  ImGui::PopStyleVar();
  const ImVec2 centre = (ImGui::GetItemRectMin() + ImGui::GetItemRectMax()) * 0.5f;
  draw_icon(ImGui::GetWindowDrawList(), centre, ImGui::GetColorU32(theme::colours().accent));
  parts::hand_cursor_on_hover();
  probe::tag_last_item({.id = popup + ".open",
                        .label = std::string(text(lang, "calendar.open")),
                        .kind = probe::Kind::button});
  if (open) {
    picker().month = first_of_month(chosen ? *chosen : today.value_or(Date{}));
    ImGui::OpenPopup(popup.c_str());
  }
  // Under the button, kept inside the window on a phone.
  const float popup_width = kDay * 7 + 24;
  const float screen_width = ImGui::GetIO().DisplaySize.x;
  ImGui::SetNextWindowPos(
      ImVec2(ImMax(8.0f, ImMin(ImGui::GetItemRectMin().x, screen_width - popup_width - 8)),
             ImGui::GetItemRectMax().y + 4),
      ImGuiCond_Appearing);

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 12));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  if (ImGui::BeginPopup(popup.c_str())) {
    Date& month = picker().month;
    const float width = kDay * 7;
    // The header: the previous month, the month's name and year, the next month.
    const float top = ImGui::GetCursorPosY();
    const float left = ImGui::GetCursorPosX();
    if (chevron_button(popup + ".previous", text(lang, "calendar.previous"), false)) {
      month = add_months(month, -1);
    }
    char title[64];
    std::snprintf(title, sizeof title, "%s %d",
                  std::string(text(lang, "calendar.month." + std::to_string(month.month))).c_str(),
                  month.year);
    const float title_width = ImGui::CalcTextSize(title).x;
    ImGui::SetCursorPos(ImVec2(left + (width - title_width) * 0.5f,
                               top + (kDay - ImGui::GetTextLineHeight()) * 0.5f));
    ui::text(popup + ".month", title);
    ImGui::SetCursorPos(ImVec2(left + width - kDay, top));
    if (chevron_button(popup + ".next", text(lang, "calendar.next"), true)) {
      month = add_months(month, 1);
    }
    ImGui::Dummy(ImVec2(0, 6));

    // Weekday initials, Monday first.
    for (int day = 1; day <= 7; ++day) {
      const std::string_view name = text(lang, "calendar.weekday." + std::to_string(day));
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const float w = ImGui::CalcTextSize(name.data(), name.data() + name.size()).x;
      parts::draw_text(ImVec2(pos.x + (kDay - w) * 0.5f, pos.y), name, theme::colours().muted_text);
      ImGui::Dummy(ImVec2(kDay, ImGui::GetTextLineHeight() + 4));
      if (day < 7) ImGui::SameLine();
    }

    const int lead = weekday(month);
    const int days = days_in_month(month);
    for (int cell = 0; cell < lead + days; ++cell) {
      if (cell % 7 != 0) ImGui::SameLine();
      if (cell < lead) {
        ImGui::Dummy(ImVec2(kDay, kDay));
        continue;
      }
      const Date date{month.year, month.month, cell - lead + 1};
      const std::string key = format_date(date);
      if (day_button(popup + "." + key, date.day, chosen && *chosen == date,
                     today && *today == date, today && date < *today)) {
        value = key;
        picked = true;
        ImGui::CloseCurrentPopup();
      }
    }
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar(2);
  return picked;
}

}  // namespace anskaffa::web::ui
