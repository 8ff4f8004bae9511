// The administration screen (SPEC 1, 7): for administrators, two tabs, "Användare" (accounts,
// their roles and units, disabling, new passwords) and "Enheter" (the school units). The tabs
// are probe "tab"s; the current one is marked by a bar and bold colour, not by colour alone.
#include <imgui.h>
#include <imgui_internal.h>

#include "shared/texts.h"
#include "web/screens/admin_parts.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/findings.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web {
namespace {

// The tabs switch between two panels in place: in the accessibility mirror a tab list whose
// panel is named by the chosen tab.
constexpr std::string_view kTabList = "admin.tabs";
constexpr std::string_view kTabPanel = "admin.panel";

// One tab: its title, underlined by a thick bar when current; true when chosen.
bool tab(std::string_view id, std::string_view title, bool current) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 text = ImGui::CalcTextSize(title.data(), title.data() + title.size());
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect rect(pos, pos + ImVec2(text.x + 32, text.y + 20));
  const ImGuiID item = ImGui::GetID(id.data(), id.data() + id.size());
  ImGui::ItemSize(rect.GetSize());
  bool pressed = false;
  if (ImGui::ItemAdd(rect, item)) {
    bool hovered = false;
    bool held = false;
    pressed = ImGui::ButtonBehavior(rect, item, &hovered, &held);
    ImGui::RenderNavHighlight(rect, item);
    ImDrawList* draw = window->DrawList;
    if (hovered && !current) {
      draw->AddRectFilled(rect.Min, rect.Max, ImGui::GetColorU32(theme::colours().accent_tint),
                          theme::kRounding);
    }
    if (current) {
      draw->AddRectFilled(ImVec2(rect.Min.x, rect.Max.y - 3), rect.Max,
                          ImGui::GetColorU32(theme::colours().accent));
    }
    ui::parts::draw_text(rect.Min + ImVec2(16, 10), title,
                         current ? theme::colours().accent : theme::colours().muted_text);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  probe::tag_last_item({.id = std::string(id),
                        .label = std::string(title),
                        .kind = probe::Kind::tab,
                        .value = current,
                        .parent = std::string(kTabList)});
  return pressed && !current;
}

void draw_tabs(App& state) {
  const Lang lang = state.lang;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const AdminTab current = admin_state().tab;
  probe::mark_structure({.id = std::string(kTabList),
                         .label = std::string(text(lang, "a11y.tabs.admin")),
                         .kind = probe::Kind::tablist});
  if (tab("admin.tab.users", text(lang, "admin.tab.users"), current == AdminTab::users)) {
    open_admin_tab(state, AdminTab::users);
  }
  ImGui::SameLine(0, 4);
  if (tab("admin.tab.units", text(lang, "admin.tab.units"), current == AdminTab::units)) {
    open_admin_tab(state, AdminTab::units);
  }
  const float bottom = ImGui::GetItemRectMax().y;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(start.x, bottom), ImVec2(start.x + width, bottom),
                                      ImGui::GetColorU32(theme::colours().border));
}

}  // namespace

Findings field_findings(const Findings& core, const Findings& server, std::string_view field,
                        bool show_core) {
  Findings shown;
  if (show_core) {
    for (const Finding& f : core) {
      if (f.field == field) shown.push_back(f);
    }
  }
  for (const Finding& f : server) {
    if (f.field == field) shown.push_back(f);
  }
  return shown;
}

ui::FieldEvents admin_field(std::string_view id, std::string_view label, std::string& value,
                            const Findings& shown, const ui::TextInputOptions& options) {
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  probe::Tag tag;
  tag.findings = ui::finding_codes(shown);
  tag.has_findings = true;
  const ui::FieldEvents events = ui::text_box(id, label, value, options, std::move(tag));
  if (!shown.empty()) ui::finding_lines(std::string(id) + ".finding", shown);
  ImGui::Dummy(ImVec2(0, 6));
  return events;
}

void admin_notice(std::string_view id, const std::string& notice, ui::TextStyle style) {
  if (notice.empty()) return;
  ui::text(id, notice, style);
  ImGui::Dummy(ImVec2(0, 12));
}

void draw_admin(App& state) {
  const Lang lang = state.lang;
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.admin"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.admin.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 16));
  draw_tabs(state);
  ImGui::Dummy(ImVec2(0, 20));
  probe::mark_structure({.id = std::string(kTabPanel),
                         .kind = probe::Kind::tabpanel,
                         .parent = std::string(kTabList)});
  if (admin_state().tab == AdminTab::users) {
    draw_admin_users(state);
  } else {
    draw_admin_units(state);
  }
  probe::mark_structure({.id = std::string(kTabPanel) + ".end",
                         .kind = probe::Kind::panel_end,
                         .parent = std::string(kTabPanel)});
  end_column();
}

}  // namespace anskaffa::web
