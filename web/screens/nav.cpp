// The navigation: which screens a user has (by role), drawn as a rail on wide windows and as a
// menu in place of the screen on narrow ones. Each entry is a probe "link" with a stable id.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "shared/permissions.h"
#include "shared/texts.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

// One entry: a full-width row, the current one marked by a bar and the accent, not by colour
// alone.
void nav_row(App& state, const NavEntry& entry, float width) {
  const Lang lang = state.lang;
  const std::string_view title = text(lang, entry.text_key);
  // An entry's page belongs to the catalogue: the rail keeps showing where the user is.
  const bool current = state.screen == entry.screen ||
                       (state.screen == Screen::catalog_entry && entry.screen == Screen::catalog);
  // 44 px, or more when the title wraps (a long title, a wider typeface or spacing).
  const float text_height =
      ImGui::CalcTextSize(title.data(), title.data() + title.size(), false, width - 32).y;
  const float height = std::max(44.0f, text_height + 24);
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect row(pos, pos + ImVec2(width, height));
  const ImGuiID id = ImGui::GetID(entry.id.data(), entry.id.data() + entry.id.size());
  ImGui::ItemSize(row.GetSize());
  if (ImGui::ItemAdd(row, id)) {
    bool hovered = false;
    bool held = false;
    if (ImGui::ButtonBehavior(row, id, &hovered, &held)) open_screen(state, entry.screen);
    ImGui::RenderNavHighlight(row, id);
    ImDrawList* draw = window->DrawList;
    if (current || hovered) {
      draw->AddRectFilled(row.Min, row.Max, ImGui::GetColorU32(theme::colours().accent_tint));
    }
    if (current) {
      draw->AddRectFilled(row.Min, ImVec2(row.Min.x + 4, row.Max.y),
                          ImGui::GetColorU32(theme::colours().accent));
    }
    const float text_y = pos.y + (height - text_height) * 0.5f;
    ui::parts::draw_text(ImVec2(pos.x + 24, text_y), title,
                         current ? theme::colours().accent : theme::colours().text, width - 32);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  probe::tag_last_item({.id = std::string(entry.id),
                        .label = std::string(title),
                        .kind = probe::Kind::link,
                        .value = current});
}

void group_label(std::string_view id, std::string_view label) {
  ImGui::Dummy(ImVec2(0, 16));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 24);
  ui::text(id, label, ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 4));
}

void draw_entries(App& state, float width) {
  if (!state.user) return;
  bool in_handling = false;
  for (const NavEntry& entry : nav_entries(*state.user)) {
    if (entry.handling && !in_handling) {
      group_label("nav.group.handling", text(state.lang, "nav.group.handling"));
      in_handling = true;
    }
    nav_row(state, entry, width);
  }
}

}  // namespace

std::vector<NavEntry> nav_entries(const api::User& user) {
  const User core = api::core_user(user);
  const bool handles = core.has(Role::reviewer) || core.has(Role::infosec);
  std::vector<NavEntry> entries;
  entries.push_back({Screen::home, "nav.home", "nav.home"});
  // The core decides who may submit a request; the entry is offered to exactly them.
  if (can_submit(core, Request{}, false).allowed()) {
    entries.push_back({Screen::request_form, "nav.new_request", "nav.new_request"});
  }
  entries.push_back({Screen::catalog, "nav.catalog", "nav.catalog"});
  if (handles) {
    entries.push_back({Screen::review_queue, "nav.review_queue", "nav.review_queue", true});
    entries.push_back({Screen::agreements, "nav.agreements", "nav.agreements", true});
    entries.push_back({Screen::changes, "nav.changes", "nav.changes", true});
    entries.push_back({Screen::stats, "nav.stats", "nav.stats", true});
  }
  if (core.has(Role::admin)) {
    entries.push_back({Screen::admin, "nav.admin", "nav.admin", true});
  }
  return entries;
}

std::string_view screen_title_key(Screen screen) {
  switch (screen) {
    case Screen::home:
      return "nav.home";
    case Screen::request_form:
      return "form.title";
    case Screen::request:
      return "request.fields";
    case Screen::catalog:
    case Screen::catalog_entry:
      return "nav.catalog";
    case Screen::review_queue:
      return "nav.review_queue";
    case Screen::agreements:
      return "nav.agreements";
    case Screen::changes:
      return "nav.changes";
    case Screen::stats:
      return "nav.stats";
    case Screen::admin:
      return "nav.admin";
    case Screen::sign_in:
      break;
  }
  return "signin.title";
}

void draw_nav_rail(App& state) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::colours().surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 16));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
  ImGui::BeginChild("###nav_rail", ImVec2(theme::kRailWidth, 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NavFlattened);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  draw_entries(state, theme::kRailWidth);
  // The display settings, after the screens: found on every screen, and the top bar stays clear
  // for a narrow window's few items.
  ImGui::Dummy(ImVec2(0, 24));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 24);
  draw_display_settings(state, theme::kRailWidth - 48);
  ImGui::EndChild();
  // The rail's right edge, drawn by the parent (a child clips its own edges).
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(max.x - 1, min.y), ImVec2(max.x - 1, max.y),
                                      ImGui::GetColorU32(theme::colours().border));
}

void draw_nav_menu(App& state) {
  const Lang lang = state.lang;
  // The menu is what the screen shows while it is open, so it is the page's heading and
  // title too: a screen reader's list of headings, and the tab's name, say where one is.
  ui::text("menu.title", text(lang, "nav.menu"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));  // rows as in the rail
  // Drawn in the screen's place, but the navigation all the same (WCAG 1.3.1); the user's
  // name and signing out belong to the banner, as on a wide window's top bar.
  probe::begin_region(probe::Region::navigation);
  draw_entries(state, width);
  ImGui::PopStyleVar();
  ImGui::Dummy(ImVec2(0, 16));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 24);
  draw_display_settings(state);
  probe::end_region();
  ImGui::Dummy(ImVec2(0, 12));
  if (state.user) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 24);
    ImGui::BeginGroup();
    probe::begin_region(probe::Region::banner);
    ui::text("user_name", state.user->name, ui::TextStyle::muted);
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("sign_out", text(lang, "signin.sign_out"), ui::ButtonStyle::secondary)) {
      sign_out(state);
    }
    probe::end_region();
    ImGui::EndGroup();
  }
  ImGui::Dummy(ImVec2(0, 16));
  ImGui::EndGroup();
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(top, ImVec2(top.x + width, ImGui::GetItemRectMax().y),
                      ImGui::GetColorU32(theme::colours().surface), theme::kRounding);
  draw->AddRect(top, ImVec2(top.x + width, ImGui::GetItemRectMax().y),
                ImGui::GetColorU32(theme::colours().border), theme::kRounding);
  draw->ChannelsMerge();
}

namespace {
// The window's content edges before each open column, restored by end_column().
std::vector<ImRect> g_column_saved;
}  // namespace

void begin_column(float max_width) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(max_width, avail);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - width) * 0.5f));
  ImGui::BeginGroup();
  // Wrapped text and full-width widgets (-FLT_MIN) end at the column's right edge: both are
  // measured from the window's content region, narrowed here for the column.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  g_column_saved.push_back(ImRect(window->WorkRect.Max, window->ContentRegionRect.Max));
  window->WorkRect.Max.x = window->DC.CursorPos.x + width;
  window->ContentRegionRect.Max.x = window->WorkRect.Max.x;
}

void end_column() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (!g_column_saved.empty()) {
    window->WorkRect.Max = g_column_saved.back().Min;
    window->ContentRegionRect.Max = g_column_saved.back().Max;
    g_column_saved.pop_back();
  }
  ImGui::EndGroup();
}

}  // namespace anskaffa::web
