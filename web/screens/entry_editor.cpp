// A catalogue entry's editors (SPEC 5): a reviewer's decision (status, with conditions or a
// reason as the status asks) and a unit's register holder, system administrator and end of
// use, for the unit's principal or a reviewer. The core says who may, and what is wrong with
// what is typed, before anything is sent.
#include <imgui.h>

#include <string>
#include <vector>

#include "shared/catalog_rules.h"
#include "shared/registers.h"
#include "shared/texts.h"
#include "web/register_edits.h"
#include "web/screens/edit_field.h"
#include "web/screens/register_editors.h"
#include "web/ui/card.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

void gap(float height) { ImGui::Dummy(ImVec2(0, height)); }

bool may_edit_catalog(const App& state) {
  return state.user && may(api::core_user(*state.user), RegisterAccess::edit_catalog);
}

bool may_edit_usage(const App& state, std::int64_t unit_id) {
  return state.user && may_change_usage(api::core_user(*state.user), unit_id);
}

// Save and cancel side by side; the error of the last try under them.
struct Buttons {
  bool save = false;
  bool cancel = false;
};

Buttons save_cancel(Lang lang, const std::string& prefix, const EditOutcome& outcome,
                    const Findings& core) {
  Buttons pressed;
  if (error_shown(outcome, core)) {
    ui::text(prefix + ".error", outcome.error, ui::TextStyle::error);
    gap(8);
  }
  const std::string save(text(lang, outcome.sending ? "regedit.saving" : "regedit.save"));
  pressed.save = ui::button(prefix + ".save", save, ui::ButtonStyle::primary, 0, !outcome.sending);
  ImGui::SameLine(0, 8);
  pressed.cancel = ui::button(prefix + ".cancel", text(lang, "regedit.cancel"),
                              ui::ButtonStyle::quiet, 0, !outcome.sending);
  return pressed;
}

void status_combo(App& state) {
  const Lang lang = state.lang;
  EntryEditor& editor = state.edits.entry;
  std::vector<std::string> labels;
  std::vector<std::string> ids;
  int selected = -1;
  for (CatalogStatus status : catalog_statuses()) {
    const std::string key(catalog_status_key(status));
    if (key == editor.status) selected = static_cast<int>(labels.size());
    labels.push_back(std::string(text(lang, "catalog_status." + key)));
    ids.push_back("entry.status." + key);
  }
  const std::string label(text(lang, "regedit.entry.status"));
  ImGui::TextUnformatted(label.c_str());
  probe::Tag tag{.value = editor.status, .has_value = true};
  if (ui::combo("entry.status", label, labels, ids, selected, "", 320, std::move(tag)) &&
      selected >= 0) {
    editor.status = std::string(catalog_status_key(catalog_statuses()[selected]));
    editor.outcome.server.clear();
  }
  gap(10);
}

}  // namespace

void draw_entry_notice(App& state) {
  if (state.edits.entry_notice.empty()) return;
  ui::text("entry.notice", state.edits.entry_notice, ui::TextStyle::success);
  gap(12);
}

void draw_entry_editor(App& state) {
  if (!may_edit_catalog(state)) return;
  const Lang lang = state.lang;
  EntryEditor& editor = state.edits.entry;
  if (!editor.open || editor.entry_id != state.catalog_entry.id) {
    gap(10);
    if (ui::button("entry.edit", text(lang, "regedit.entry.edit"), ui::ButtonStyle::secondary)) {
      open_entry_editor(state);
    }
    return;
  }
  gap(12);
  ui::begin_card();
  ui::text("entry.editor.title", text(lang, "regedit.entry.title"), ui::TextStyle::heading);
  gap(4);
  ui::text("entry.editor.intro", text(lang, "regedit.entry.intro"), ui::TextStyle::muted);
  gap(14);
  status_combo(state);
  const Findings core = entry_editor_findings(state);
  const bool conditions = editor.status == "approved_with_conditions";
  const bool reason = editor.status == "not_approved" || editor.status == "phased_out";
  if (conditions) {
    const EditEvents events =
        edit_field({.id = "entry.conditions",
                    .label = text(lang, "field.conditions.label"),
                    .kind = EditKind::multiline,
                    .required = true,
                    .lang = lang},
                   editor.conditions, shown_edit_findings(core, editor.outcome, "conditions"));
    field_edited(editor.outcome, "conditions", events.changed, events.left);
  }
  if (reason) {
    const EditEvents events =
        edit_field({.id = "entry.reason",
                    .label = text(lang, "field.reason.label"),
                    .kind = EditKind::multiline,
                    .required = editor.status == "not_approved",
                    .lang = lang},
                   editor.reason, shown_edit_findings(core, editor.outcome, "reason"));
    field_edited(editor.outcome, "reason", events.changed, events.left);
  }
  gap(6);
  const Buttons pressed = save_cancel(lang, "entry", editor.outcome, entry_editor_findings(state));
  if (pressed.save) save_entry_decision(state);
  if (pressed.cancel) editor = EntryEditor{};
  ui::end_card();
}

void draw_usage_editor(App& state, const api::CatalogUsage& usage) {
  const std::int64_t unit_id = usage.unit_id;
  if (!may_edit_usage(state, unit_id)) return;
  const Lang lang = state.lang;
  const std::string id = "usage." + std::to_string(unit_id);
  const auto found = state.edits.usage.find(unit_id);
  if (found == state.edits.usage.end()) {
    gap(8);
    if (ui::button(id + ".edit", text(lang, "regedit.usage.edit"), ui::ButtonStyle::secondary)) {
      open_usage_editor(state, usage);
    }
    return;
  }
  UsageEditor& editor = found->second;
  const Findings core = usage_editor_findings(state, unit_id);
  gap(12);
  ui::text(id + ".title", text(lang, "regedit.usage.title"), ui::TextStyle::heading);
  gap(8);
  struct Field {
    const char* suffix;  // after the unit's id
    const char* body;    // the body's field, as findings name it
    const char* label;
    std::string UsageEditor::*value;
    EditKind kind;
  };
  const Field fields[] = {
      {"register_holder", "register_holder_name", "field.register_holder_name.label",
       &UsageEditor::register_holder_name, EditKind::text},
      {"register_holder_email", "register_holder_email", "field.register_holder_email.label",
       &UsageEditor::register_holder_email, EditKind::text},
      {"system_admin", "system_admin_name", "field.system_admin_name.label",
       &UsageEditor::system_admin_name, EditKind::text},
      {"system_admin_email", "system_admin_email", "field.system_admin_email.label",
       &UsageEditor::system_admin_email, EditKind::text},
      {"ended_on", "ended", "regedit.usage.ended_on", &UsageEditor::ended, EditKind::date},
  };
  for (const Field& field : fields) {
    const std::string field_id = id + "." + field.suffix;
    const EditEvents events = edit_field(
        {.id = field_id, .label = text(lang, field.label), .kind = field.kind, .lang = lang},
        editor.*field.value, shown_edit_findings(core, editor.outcome, field.body));
    field_edited(editor.outcome, field.body, events.changed, events.left);
  }
  gap(4);
  const Buttons pressed =
      save_cancel(lang, id, editor.outcome, usage_editor_findings(state, unit_id));
  if (pressed.save) save_usage(state, unit_id);
  if (pressed.cancel) state.edits.usage.erase(unit_id);
}

}  // namespace anskaffa::web
