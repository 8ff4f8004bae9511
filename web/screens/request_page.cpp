// A request's page (SPEC 7): what was asked for, where it is and what happens next, its
// timeline with comments, its attachments, and exactly the actions the server says this user
// may take now, each asking for what the core says it needs (shared/action_form.h).
#include <imgui.h>

#include <algorithm>

#include "shared/action_form.h"
#include "shared/form.h"
#include "shared/request_json.h"
#include "shared/texts.h"
#include "web/platform/platform.h"
#include "web/screens/request_files.h"
#include "web/screens/screens.h"
#include "web/screens/tones.h"
#include "web/theme.h"
#include "web/ui/card.h"
#include "web/ui/date_picker.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

void gap(float height) { ImGui::Dummy(ImVec2(0, height)); }

// A field's value as the user reads it: option labels rather than keys.
std::string shown_value(Lang lang, const FieldDef& field, const nlohmann::json& value) {
  const auto option = [&](const std::string& key) {
    return std::string(text(lang, "option." + std::string(field.key) + "." + key));
  };
  if (value.is_string()) {
    return field.type == FieldType::choice ? option(value.get<std::string>())
                                           : value.get<std::string>();
  }
  if (value.is_boolean())
    return std::string(text(lang, value.get<bool>() ? "value.yes" : "value.no"));
  if (value.is_number()) return value.dump();
  if (value.is_array()) {
    std::string joined;
    for (const auto& item : value) {
      if (!item.is_string()) continue;
      if (!joined.empty()) joined += ", ";
      joined += option(item.get<std::string>());
    }
    return joined;
  }
  return {};
}

void draw_fields(App& state) {
  const Lang lang = state.lang;
  const nlohmann::json& request = state.request.view.request;
  ui::text("request.fields", text(lang, "request.fields"), ui::TextStyle::heading);
  gap(10);
  ui::begin_card();
  bool first_section = true;
  for (const SectionDef& section : form_sections()) {
    bool any = false;
    for (const FieldDef& field : form_fields()) {
      if (field.section != section.key || field.type == FieldType::unit) continue;
      const auto value = request.find(std::string(field.key));
      if (value == request.end() || value->is_null()) continue;
      const std::string shown = shown_value(lang, field, *value);
      if (shown.empty()) continue;
      if (!any) {
        if (!first_section) gap(12);
        ui::text("section." + std::string(section.key),
                 text(lang, "section." + std::string(section.key) + ".title"),
                 ui::TextStyle::muted);
        gap(6);
        any = true;
        first_section = false;
      }
      ui::text("field." + std::string(field.key) + ".label",
               text(lang, "field." + std::string(field.key) + ".label"), ui::TextStyle::muted);
      ui::text("field." + std::string(field.key), shown);
      gap(6);
    }
  }
  ui::end_card();
}

void draw_timeline(App& state) {
  const Lang lang = state.lang;
  ui::text("request.timeline", text(lang, "request.timeline"), ui::TextStyle::heading);
  gap(10);
  ui::begin_card();
  const auto& timeline = state.request.view.timeline;
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const api::TimelineItem& entry = timeline[i];
    const std::string id = "timeline." + std::to_string(i);
    // "2026-05-28T10:15:00Z" read as date and time, in the order people write them.
    const std::string when =
        entry.at.size() >= 16 ? entry.at.substr(0, 10) + " " + entry.at.substr(11, 5) : entry.at;
    const std::string who =
        entry.by_name.empty() ? std::string(text(lang, "request.system")) : entry.by_name;
    std::string what(text(lang, "action." + entry.action));
    if (!entry.to.empty() && entry.to != entry.from) {
      what += " › ";
      what += text(lang, "state." + entry.to);
    }
    ui::text(id + ".when", when + " · " + who, ui::TextStyle::muted);
    ui::text(id, what);
    if (!entry.comment.empty()) ui::text(id + ".comment", "“" + entry.comment + "”");
    if (i + 1 < timeline.size()) gap(10);
  }
  ui::end_card();
}

// The inputs of the chosen action.
void draw_action_fields(App& state, const std::vector<ActionField>& fields) {
  const Lang lang = state.lang;
  ActionDraft& draft = state.request.action;
  for (const ActionField& field : fields) {
    if (field_replaced(state, field)) continue;
    const std::string key(field.key);
    const std::string id = "action_field." + key;
    std::string label(text(lang, "action_field." + key));
    if (field.required) label += " *";
    if (draw_choice_field(state, field, label)) {
      gap(12);
      continue;
    }
    std::string& value = draft.values[key];
    ui::FieldEvents events;
    switch (field.kind) {
      case ActionFieldKind::multiline:
        // A text area draws no label of its own; a one-line field does.
        ImGui::TextUnformatted(label.c_str());
        events = ui::text_area(id, label, value, 96);
        break;
      case ActionFieldKind::date:
        events =
            ui::text_input(id, label, value, {.hint = TextHint::text, .placeholder = "ÅÅÅÅ-MM-DD"});
        ui::date_picker(id, lang, value);
        break;
      case ActionFieldKind::integer:
        events = ui::text_input(id, label, value, {.hint = TextHint::number});
        break;
      case ActionFieldKind::text:
      case ActionFieldKind::agreement:  // drawn by draw_choice_field
      case ActionFieldKind::attachment:
      case ActionFieldKind::reviewer:
      case ActionFieldKind::service_agreement:
        events = ui::text_input(id, label, value);
        break;
    }
    // A refusal answered what was sent; once the user changes it, it no longer applies.
    if (events.changed) draft.error.clear();
    gap(12);
  }
}

void draw_actions(App& state) {
  const Lang lang = state.lang;
  RequestPage& page = state.request;
  ui::text("request.actions", text(lang, "request.actions"), ui::TextStyle::heading);
  gap(10);
  if (page.view.allowed_actions.empty()) {
    ui::text("request.no_actions", text(lang, "request.no_actions"), ui::TextStyle::muted);
    return;
  }
  ui::begin_card();
  // The actions as buttons on one wrapping row.
  const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (std::size_t i = 0; i < page.view.allowed_actions.size(); ++i) {
    const std::string& key = page.view.allowed_actions[i];
    const std::string label(text(lang, "action." + key));
    if (i > 0) {
      const float width = ImGui::CalcTextSize(label.c_str()).x + 36;
      ImGui::SameLine(0, 8);
      if (ImGui::GetCursorScreenPos().x + width > right_edge) ImGui::NewLine();
    }
    const bool chosen = page.action.action == key;
    if (ui::button("action." + key, label,
                   chosen ? ui::ButtonStyle::primary : ui::ButtonStyle::secondary)) {
      // Resubmitting sends the request as edited: it opens on the form first.
      if (key == "resubmit") {
        start_completion(state);
      } else {
        choose_action(state, chosen ? std::string() : key);
      }
    }
    // Pressing the chosen one again unchooses it: a toggle, and the mirror says which it is.
    if (key != "resubmit") probe::mark_pressed("action." + key, chosen);
  }
  // After someone else's change the chosen action may no longer be one this user can take:
  // its form goes (what was typed stays in the draft) rather than offer a sure refusal.
  const auto& allowed = page.view.allowed_actions;
  const bool still_allowed =
      std::find(allowed.begin(), allowed.end(), page.action.action) != allowed.end();
  const auto action = still_allowed ? parse_action(page.action.action) : std::nullopt;
  if (action && state.user) {
    gap(16);
    RequestFacts facts;
    facts.id = page.view.id;
    facts.owner_id = page.view.owner_id;
    facts.request = decode_request(page.view.request, lang).request;
    draw_action_fields(state, action_fields(api::core_user(*state.user), *action, facts));
    if (action_needs_confirmation(*action)) {
      ui::text("action.confirm", text(lang, "request.confirm_action"), ui::TextStyle::warning);
      gap(12);
    }
    if (!page.action.error.empty()) {
      ui::text("action.error", page.action.error, ui::TextStyle::error);
      gap(12);
    }
    const std::string send_label =
        page.action.sending
            ? std::string(text(lang, "request.sending"))
            : format_text(lang, "request.send_action",
                          {{"action", std::string(text(lang, "action." + page.action.action))}});
    if (ui::button("action.send", send_label, ui::ButtonStyle::primary, 0, !page.action.sending)) {
      send_chosen_action(state);
    }
    ImGui::SameLine(0, 8);
    if (ui::button("action.cancel", text(lang, "request.cancel_action"), ui::ButtonStyle::quiet)) {
      choose_action(state, {});
    }
  }
  ui::end_card();
}

}  // namespace

void draw_request_page(App& state) {
  const Lang lang = state.lang;
  RequestPage& page = state.request;
  begin_column(theme::kContentWidth);
  if (ui::button("request.back", text(lang, "request.back"), ui::ButtonStyle::quiet)) {
    open_screen(state, page.return_to);
  }
  gap(8);
  if (page.status != Loading::loaded) {
    if (page.status == Loading::failed) {
      ui::text("request.error", page.error, ui::TextStyle::error);
    } else {
      ui::text("request.loading", text(lang, "request.loading"), ui::TextStyle::muted);
    }
    end_column();
    return;
  }
  const api::RequestView& view = page.view;
  const std::string name =
      view.request.contains("resource_name") && view.request["resource_name"].is_string()
          ? view.request["resource_name"].get<std::string>()
          : std::string();
  ui::text("title", view.case_number + "  " + name, ui::TextStyle::title);
  gap(10);
  ui::chip("request.state", text(lang, "state." + view.state), state_tone(view.state), view.state);
  const std::string_view risk = text(lang, "risk." + view.risk);
  ui::same_line_or_wrap(ui::chip_width(risk));
  ui::chip("request.risk", risk, risk_tone(view.risk), view.risk);
  const std::string_view kind = text(lang, "kind." + view.kind);
  ui::same_line_or_wrap(ui::chip_width(kind));
  ui::chip("request.kind", kind, ui::Tone::neutral, view.kind);
  gap(10);
  // The next step is said to the one who asked; handlers see the state and the actions.
  if (state.user && state.user->id == view.owner_id) {
    ui::text("request.next_step", text(lang, "next." + view.state), ui::TextStyle::muted);
  }
  gap(16);
  if (!page.notice.empty()) {
    ui::text("request.notice", page.notice,
             page.notice_is_warning ? ui::TextStyle::warning : ui::TextStyle::success);
    gap(16);
  }
  draw_actions(state);
  gap(28);
  draw_timeline(state);
  gap(28);
  draw_fields(state);
  gap(28);
  draw_request_attachments(state);
  gap(40);
  end_column();
}

}  // namespace anskaffa::web
