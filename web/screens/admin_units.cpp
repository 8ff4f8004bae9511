// The units tab: the school units as rows (name and school form); a row opens it for renaming,
// "Ny enhet" opens an empty one. The core's findings show under the fields once a save is tried.
#include <imgui.h>

#include "shared/accounts.h"
#include "shared/texts.h"
#include "web/screens/admin_parts.h"
#include "web/screens/screens.h"
#include "web/ui/card.h"
#include "web/ui/list_row.h"

namespace anskaffa::web {
namespace {

void draw_editor(App& state) {
  const Lang lang = state.lang;
  UnitEditor& editor = admin_state().unit;
  ui::begin_card();
  ui::text("unit.title", text(lang, editor.id == 0 ? "admin.unit.new" : "admin.unit.edit"),
           ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 12));
  const Findings core = validate_unit(editor.name, editor.school_form, lang);
  bool submit = false;
  const ui::FieldEvents name =
      admin_field("unit.name", text(lang, "field.name.label"), editor.name,
                  field_findings(core, editor.server_findings, "name", editor.tried));
  const ui::FieldEvents form =
      admin_field("unit.school_form", text(lang, "field.school_form.label"), editor.school_form,
                  field_findings(core, editor.server_findings, "school_form", editor.tried));
  if (name.changed || form.changed) {
    editor.server_findings.clear();
    editor.error.clear();
  }
  submit = name.submitted || form.submitted;
  if (!editor.error.empty()) {
    ui::text("unit.error", editor.error, ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
  }
  ImGui::Dummy(ImVec2(0, 4));
  submit |= ui::button("unit.save", text(lang, "admin.unit.save"), ui::ButtonStyle::primary, 0,
                       !editor.sending);
  ImGui::SameLine(0, 12);
  if (ui::button("unit.cancel", text(lang, "admin.back"), ui::ButtonStyle::quiet)) {
    close_unit_editor();
  } else if (submit) {
    save_unit(state);
  }
  ui::end_card();
  ImGui::Dummy(ImVec2(0, 20));
}

}  // namespace

void draw_admin_units(App& state) {
  const Lang lang = state.lang;
  AdminState& admin = admin_state();
  admin_notice("admin.notice", admin.notice, ui::TextStyle::success);
  if (admin.unit.open) {
    draw_editor(state);
  } else {
    if (ui::button("unit.new", text(lang, "admin.unit.new"))) start_new_unit();
    ImGui::Dummy(ImVec2(0, 16));
  }
  const Units& units = state.units;
  if (units.list.empty()) {
    const bool loading = units.status == Units::Status::loading;
    ui::text("admin.units.status", text(lang, loading ? "list.loading" : "admin.units.empty"),
             ui::TextStyle::muted);
    return;
  }
  for (const UnitRef& unit : units.list) {
    const std::string detail = unit.school_form.empty()
                                   ? std::string(text(lang, "admin.unit.no_school_form"))
                                   : unit.school_form;
    const ui::RowContent content{.title = unit.name, .detail = detail};
    const nlohmann::json value = {{"name", unit.name}, {"school_form", unit.school_form}};
    if (ui::list_row("unit." + std::to_string(unit.id), content, value)) {
      edit_unit(unit);
      state.screen_changed = true;  // the editor is at the top
    }
  }
}

}  // namespace anskaffa::web
