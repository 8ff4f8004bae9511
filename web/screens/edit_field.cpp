#include "web/screens/edit_field.h"

#include <imgui.h>

#include "shared/texts.h"
#include "web/theme.h"
#include "web/ui/date_picker.h"
#include "web/ui/findings.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

constexpr float kDateFieldWidth = 200;
constexpr float kMultiLineRows = 4;

}  // namespace

EditEvents edit_field(const EditFieldView& view, std::string& value, const Findings& shown) {
  const std::string id(view.id);
  // A field's parts sit close together, so each field reads as one block.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 6));
  const std::string label = std::string(view.label) + (view.required ? " *" : "");
  ImGui::TextUnformatted(label.c_str());
  probe::tag_last_item({.id = id + ".label", .label = label});
  probe::Tag tag{.value = value,
                 .has_value = true,
                 .findings = ui::finding_codes(shown),
                 .has_findings = true};
  const bool error = has_errors(shown);
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, theme::colours().error_text);
  ui::FieldEvents events;
  switch (view.kind) {
    case EditKind::multiline: {
      const float height =
          ImGui::GetTextLineHeight() * kMultiLineRows + 2 * ImGui::GetStyle().FramePadding.y;
      events = ui::text_area(id, view.label, value, height, std::move(tag));
      break;
    }
    case EditKind::date: {
      const std::string hint(text(view.lang, "regedit.date_hint"));
      ui::TextInputOptions options{.placeholder = hint, .width = kDateFieldWidth};
      events = ui::text_box(id, view.label, value, options, std::move(tag));
      ImGui::SameLine(0, 8);
      if (ui::date_picker(id, view.lang, value)) events.changed = events.deactivated = true;
      break;
    }
    case EditKind::text:
      events = ui::text_box(id, view.label, value, {}, std::move(tag));
      break;
  }
  const bool changed = events.changed;
  if (error) ImGui::PopStyleColor();
  // The widget was tagged before an edit this frame took effect.
  if (changed) probe::update_tag(id, value, ui::finding_codes(shown));
  if (!shown.empty()) ui::finding_lines(id + ".finding", shown);
  ImGui::PopStyleVar();
  ImGui::Dummy(ImVec2(0, 6));
  return {.changed = changed, .left = events.deactivated || events.submitted};
}

}  // namespace anskaffa::web
