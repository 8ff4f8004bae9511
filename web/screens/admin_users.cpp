// The users tab: a search over names and e-mail addresses, the accounts as rows (name, e-mail,
// units, roles as chips, and "Avstängd" in words for a disabled account), and the editor of a
// new or chosen account with the core's findings under its fields as they are typed.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "shared/texts.h"
#include "shared/user.h"
#include "web/screens/admin_parts.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/card.h"
#include "web/ui/findings.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web {
namespace {

constexpr float kPad = 16;

ImVec2 chip_box(std::string_view label) {
  const ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
  return ImVec2(size.x + 20, size.y + 6);
}

void draw_chip(ImDrawList* draw, ImVec2 pos, std::string_view label, ui::Tone tone) {
  const ImVec2 box = chip_box(label);
  draw->AddRectFilled(pos, pos + box, ImGui::GetColorU32(ui::tone_tint(tone)), box.y * 0.5f);
  draw->AddRect(pos, pos + box, ImGui::GetColorU32(ui::tone_text(tone)), box.y * 0.5f);
  ui::parts::draw_text(pos + ImVec2(10, 3), label, ui::tone_text(tone));
}

std::string unit_names(const App& state, const std::vector<std::int64_t>& ids) {
  std::string names;
  for (const std::int64_t id : ids) {
    const auto& list = state.units.list;
    const auto found =
        std::find_if(list.begin(), list.end(), [id](const UnitRef& u) { return u.id == id; });
    if (!names.empty()) names += ", ";
    names += found != list.end() ? found->name : "#" + std::to_string(id);
  }
  return names;
}

// An account's row; true when it was activated. The chips (roles, then a disabled account's
// state) wrap onto as many lines as the row's width needs.
bool account_row(const App& state, const api::Account& account) {
  const Lang lang = state.lang;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float width = ImGui::GetContentRegionAvail().x;
  const float text_width = width - 2 * kPad;
  std::string detail = account.email;
  if (!account.units.empty()) detail += " · " + unit_names(state, account.units);
  std::vector<std::pair<std::string, ui::Tone>> chips;
  if (account.disabled) chips.emplace_back(text(lang, "admin.user.disabled"), ui::Tone::error);
  for (const std::string& role : account.roles) {
    chips.emplace_back(text(lang, "role." + role),
                       role == "admin" ? ui::Tone::accent : ui::Tone::neutral);
  }
  // Where each chip goes, relative to the chips' first line.
  std::vector<ImVec2> places;
  float x = 0;
  float y = 0;
  const float chip_height = chip_box("A").y;
  for (const auto& [label, tone] : chips) {
    const float w = chip_box(label).x;
    if (x > 0 && x + w > text_width) {
      x = 0;
      y += chip_height + 6;
    }
    places.emplace_back(x, y);
    x += w + 6;
  }
  const ImVec2 title_size = ImGui::CalcTextSize(
      account.name.data(), account.name.data() + account.name.size(), false, text_width);
  const ImVec2 detail_size =
      ImGui::CalcTextSize(detail.data(), detail.data() + detail.size(), false, text_width);
  const float chips_top = 12 + title_size.y + 4 + detail_size.y + 8;
  const float height = chips_top + (chips.empty() ? 0 : y + chip_height) + 12;

  const ImVec2 pos = window->DC.CursorPos;
  const ImRect rect(pos, pos + ImVec2(width, height));
  const std::string id = "user." + std::to_string(account.id);
  const ImGuiID item = ImGui::GetID(id.c_str());
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
    const ImVec2 text_pos = pos + ImVec2(kPad, 12);
    ui::parts::draw_text(text_pos, account.name,
                         account.disabled ? theme::colours().muted_text : theme::colours().text,
                         text_width);
    ui::parts::draw_text(text_pos + ImVec2(0, title_size.y + 4), detail,
                         theme::colours().muted_text, text_width);
    for (std::size_t i = 0; i < chips.size(); ++i) {
      draw_chip(draw, pos + ImVec2(kPad, chips_top) + places[i], chips[i].first, chips[i].second);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  probe::tag_last_item({.id = id,
                        .label = account.name,
                        .kind = probe::Kind::row,
                        .value = {{"email", account.email},
                                  {"name", account.name},
                                  {"roles", account.roles},
                                  {"units", account.units},
                                  {"disabled", account.disabled}}});
  return activated;
}

void draw_list(App& state) {
  const Lang lang = state.lang;
  AdminState& admin = admin_state();
  if (admin.status == Loading::not_loaded) load_accounts(state);
  admin_notice("admin.notice", admin.notice, ui::TextStyle::success);

  const float width = ImGui::GetContentRegionAvail().x;
  const std::string_view new_label = text(lang, "admin.user.new");
  const float button_width =
      ImGui::CalcTextSize(new_label.data(), new_label.data() + new_label.size()).x + 36;
  const bool narrow = width < 520;
  const ui::FieldEvents search =
      ui::text_input("admin.search", text(lang, "admin.search"), admin.typed,
                     {.placeholder = text(lang, "admin.search.placeholder"),
                      .width = narrow ? -FLT_MIN : width - button_width - 12});
  if (search.submitted) {
    ++admin.typing;
    load_accounts(state);
  } else if (search.changed) {
    account_search_typed(state);
  }
  if (narrow) {
    ImGui::Dummy(ImVec2(0, 8));
  } else {
    ImGui::SameLine(0, 12);
  }
  if (ui::button("user.new", new_label)) {
    start_new_account();
    state.screen_changed = true;
  }
  ImGui::Dummy(ImVec2(0, 16));

  if (admin.status == Loading::failed) {
    ui::text("admin.users.failed", text(lang, "list.failed"), ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("admin.users.retry", text(lang, "list.retry"), ui::ButtonStyle::secondary)) {
      load_accounts(state);
    }
    return;
  }
  if (admin.accounts.empty()) {
    const bool loading = admin.status != Loading::loaded;
    ui::text("admin.users.status", text(lang, loading ? "list.loading" : "admin.users.empty"),
             ui::TextStyle::muted);
    return;
  }
  const std::string count = format_text(
      lang, "list.count",
      {{"shown", std::to_string(admin.accounts.size())}, {"total", std::to_string(admin.total)}});
  ui::text("admin.users.count", count, ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 8));
  for (const api::Account& account : admin.accounts) {
    if (account_row(state, account)) {
      edit_account(account);
      state.screen_changed = true;  // the editor starts at the top
      break;                        // the list is not drawn under the editor
    }
  }
  if (static_cast<std::int64_t>(admin.accounts.size()) < admin.total &&
      admin.status != Loading::loading) {
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("admin.users.more", text(lang, "list.more"), ui::ButtonStyle::secondary)) {
      admin.per_page = std::min(200, admin.per_page + 50);
      load_accounts(state);
    }
  }
}

template <typename T>
void toggle(std::vector<T>& values, const T& value, bool on) {
  const auto found = std::find(values.begin(), values.end(), value);
  if (on && found == values.end()) values.push_back(value);
  if (!on && found != values.end()) values.erase(found);
}

void draw_choices(App& state, const Findings& core) {
  const Lang lang = state.lang;
  AccountEditor& editor = admin_state().account;
  const bool show = editor.tried;

  ui::text("user.roles.label", text(lang, "field.roles.label"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 6));
  for (const Role role : all_roles) {
    const std::string key(role_key(role));
    bool on = std::find(editor.draft.roles.begin(), editor.draft.roles.end(), key) !=
              editor.draft.roles.end();
    if (ui::checkbox("user.role." + key, text(lang, "role." + key), on)) {
      toggle(editor.draft.roles, key, on);
      account_edited("roles");
    }
  }
  const Findings roles = field_findings(core, editor.server_findings, "roles",
                                        show || editor.touched.contains("roles"));
  if (!roles.empty()) ui::finding_lines("user.roles.finding", roles);
  ImGui::Dummy(ImVec2(0, 16));

  ui::text("user.units.label", text(lang, "field.units.label"), ui::TextStyle::heading);
  ui::text("user.units.help", text(lang, "admin.user.units_help"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 6));
  for (const UnitRef& unit : state.units.list) {
    bool on = std::find(editor.draft.units.begin(), editor.draft.units.end(), unit.id) !=
              editor.draft.units.end();
    if (ui::checkbox("user.unit." + std::to_string(unit.id), unit.name, on)) {
      toggle(editor.draft.units, unit.id, on);
      account_edited("units");
    }
  }
  // Whether units are needed depends on the roles too: shown once either was touched.
  const Findings units =
      field_findings(core, editor.server_findings, "units",
                     show || editor.touched.contains("units") || editor.touched.contains("roles"));
  if (!units.empty()) ui::finding_lines("user.units.finding", units);
  ImGui::Dummy(ImVec2(0, 16));
}

void draw_password(App& state) {
  const Lang lang = state.lang;
  AccountEditor& editor = admin_state().account;
  ImGui::Dummy(ImVec2(0, 16));
  ui::begin_card();
  ui::text("user.password.title", text(lang, "admin.user.password_title"), ui::TextStyle::heading);
  ui::text("user.password.help", text(lang, "admin.user.password_help"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 10));
  const Findings core = validate_password(editor.password, lang);
  const Findings shown =
      field_findings(core, editor.server_findings, "password", editor.touched.contains("password"));
  const ui::FieldEvents events =
      admin_field("user.password",
                  format_text(lang, "admin.user.initial_password",
                              {{"min", std::to_string(min_password_length)}}),
                  editor.password, shown, {.hint = TextHint::password, .password = true});
  if (events.changed) account_edited("password");
  ImGui::Dummy(ImVec2(0, 6));
  if (ui::button("user.password.save", text(lang, "admin.user.password_save"),
                 ui::ButtonStyle::secondary, 0, !editor.sending) ||
      events.submitted) {
    save_account_password(state);
  }
  if (!editor.notice.empty()) {
    ImGui::Dummy(ImVec2(0, 8));
    ui::text("user.password.notice", editor.notice, ui::TextStyle::success);
  }
  ui::end_card();
}

void draw_editor(App& state) {
  const Lang lang = state.lang;
  AccountEditor& editor = admin_state().account;
  const bool creating = editor.id == 0;
  if (ui::button("admin.back", text(lang, "admin.back"), ui::ButtonStyle::quiet)) {
    close_account_editor();
    return;
  }
  ImGui::Dummy(ImVec2(0, 8));
  ui::begin_card();
  ui::text("user.title", text(lang, creating ? "admin.user.new" : "admin.user.edit"),
           ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 12));
  const Findings core = account_findings(state);
  const auto shown = [&](std::string_view field) {
    return field_findings(core, editor.server_findings, field,
                          editor.tried || editor.touched.contains(field));
  };
  if (admin_field("user.name", text(lang, "field.name.label"), editor.draft.name, shown("name"))
          .changed) {
    account_edited("name");
  }
  if (admin_field("user.email", text(lang, "field.email.label"), editor.draft.email, shown("email"),
                  {.hint = TextHint::email, .enabled = creating})
          .changed) {
    account_edited("email");
  }
  if (creating) {
    const ui::FieldEvents events = admin_field(
        "user.password",
        format_text(lang, "admin.user.initial_password",
                    {{"min", std::to_string(min_password_length)}}),
        editor.password, shown("password"), {.hint = TextHint::password, .password = true});
    if (events.changed) account_edited("password");
  }
  ImGui::Dummy(ImVec2(0, 10));
  draw_choices(state, core);
  if (!creating) {
    if (ui::checkbox("user.disabled", text(lang, "field.disabled.label"), editor.disabled)) {
      account_edited("disabled");
    }
    ImGui::Dummy(ImVec2(0, 12));
  }
  if (!editor.error.empty()) {
    ui::text("user.error", editor.error, ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
  }
  if (ui::button("user.save", text(lang, creating ? "admin.user.create" : "admin.user.save"),
                 ui::ButtonStyle::primary, 0, !editor.sending)) {
    save_account(state);
  }
  ui::end_card();
  if (!creating && admin_state().account.open) draw_password(state);
}

}  // namespace

void draw_admin_users(App& state) {
  if (admin_state().account.open) {
    draw_editor(state);
  } else {
    draw_list(state);
  }
}

}  // namespace anskaffa::web
