// The request form's last step: what kind of request this is, the preliminary risk from the
// core's assess_risk with its reasons, what is left to correct (each finding takes the user to
// its step), the answers section by section, and where the request goes when sent. The
// "Skicka beställningen" button under it is enabled only when no error is left.
#include <imgui.h>
#include <imgui_internal.h>

#include "shared/form.h"
#include "shared/permissions.h"
#include "shared/texts.h"
#include "web/draft/relevance.h"
#include "web/screens/form_field.h"
#include "web/screens/form_parts.h"
#include "web/screens/screens.h"
#include "web/screens/tones.h"
#include "web/theme.h"
#include "web/ui/card.h"
#include "web/ui/findings.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

// A bullet and wrapped text.
void bullet(std::string_view id, std::string_view content) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 6, pos.y + line * 0.5f), 2.5f,
                                              ImGui::GetColorU32(theme::colours().muted_text));
  ImGui::Indent(18);
  ui::text(id, content);
  ImGui::Unindent(18);
}

// A finding as a line that takes the user to the step where it can be corrected.
void finding_link(App& state, const Finding& finding) {
  const std::string id = "summary.finding." + finding.field + "." + finding.code;
  const float width = ImGui::GetContentRegionAvail().x;
  const float indent = 24;
  const ImVec2 size =
      ImGui::CalcTextSize(finding.message.data(), finding.message.data() + finding.message.size(),
                          false, width - indent);
  const float height = std::max(size.y, ImGui::GetTextLineHeight()) + 6;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect row(pos, ImVec2(pos.x + indent + size.x, pos.y + height));
  const ImGuiID item = window->GetID(id.c_str());
  ImGui::ItemSize(row.GetSize());
  if (ImGui::ItemAdd(row, item)) {
    bool hovered = false;
    bool held = false;
    if (ImGui::ButtonBehavior(row, item, &hovered, &held)) {
      go_to_step(state.form, finding_step(finding));
    }
    ImGui::RenderNavHighlight(row, item);
    const float line = ImGui::GetTextLineHeight();
    ui::finding_icon(window->DrawList, ImVec2(pos.x + 8, pos.y + 3 + line * 0.5f),
                     finding.severity);
    const ImVec4 colour = finding.severity == Severity::error ? theme::colours().error_text
                                                              : theme::colours().warning_text;
    ui::parts::draw_text(ImVec2(pos.x + indent, pos.y + 3), finding.message, colour,
                         width - indent);
    if (hovered) {
      // Underlined, as a link is.
      const float y = pos.y + 3 + size.y;
      window->DrawList->AddLine(ImVec2(pos.x + indent, y), ImVec2(pos.x + indent + size.x, y),
                                ImGui::GetColorU32(colour));
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
  }
  probe::tag_last_item({.id = id,
                        .label = finding.message,
                        .kind = probe::Kind::link,
                        .value = std::string(severity_key(finding.severity))});
}

// Findings under the title of the step where they are corrected, in the form's order.
void findings_by_step(App& state, std::string_view id, const Findings& findings) {
  for (int step = 0; step < kStepCount; ++step) {
    bool titled = false;
    for (const Finding& finding : findings) {
      if (finding_step(finding) != step) continue;
      if (!titled) {
        ImGui::Dummy(ImVec2(0, 4));
        ui::text(std::string(id) + "." + std::to_string(step + 1), step_title(state.lang, step),
                 ui::TextStyle::muted);
        titled = true;
      }
      finding_link(state, finding);
    }
  }
}

void overview_card(App& state) {
  RequestFormState& form = state.form;
  const Lang lang = state.lang;
  const Assessment& check = form.check;

  ui::begin_card();
  ui::text("summary.title", text(lang, "form.summary.title"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 2));
  ui::text("summary.intro", text(lang, "form.summary.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 18));

  // The kind and the risk side by side, or one above the other on a narrow window.
  const float width = ImGui::GetContentRegionAvail().x;
  const bool side_by_side = width >= 480;
  const float left_x = ImGui::GetCursorPosX();
  const RequestKind kind = request_kind(check.request);
  ImGui::BeginGroup();
  ui::text("summary.kind_label", text(lang, "form.summary.kind"), ui::TextStyle::muted);
  ui::chip("summary.kind", text(lang, "kind." + std::string(kind_key(kind))), ui::Tone::accent,
           std::string(kind_key(kind)));
  ImGui::EndGroup();
  if (side_by_side) {
    // SameLine(x) would count x from the enclosing group's start, SetCursorPosX from the
    // window's, as GetCursorPosX() does.
    ImGui::SameLine();
    ImGui::SetCursorPosX(left_x + width * 0.5f);
  } else {
    ImGui::Dummy(ImVec2(0, 8));
  }
  const std::string level(risk_key(check.risk.level));
  ImGui::BeginGroup();
  ui::text("summary.risk_label", text(lang, "form.summary.risk"), ui::TextStyle::muted);
  ui::chip("summary.risk", text(lang, "risk." + level), risk_tone(check.risk.level), level);
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 4));
  for (const RiskReason& reason : check.risk.reasons) {
    bullet("summary.risk_reason." + reason.code, reason.message);
  }
  ImGui::Dummy(ImVec2(0, 2));
  ui::text("summary.risk_note", text(lang, "form.summary.risk_note"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 18));

  Findings errors;
  Findings warnings;
  for (const Finding& finding : check.findings) {
    (finding.severity == Severity::error ? errors : warnings).push_back(finding);
  }
  if (errors.empty()) {
    ui::text("summary.ready", text(lang, "form.summary.ready"), ui::TextStyle::success);
  } else {
    ui::text("summary.errors_label", text(lang, "form.summary.errors"));
    ImGui::Dummy(ImVec2(0, 4));
    findings_by_step(state, "summary.errors", errors);
  }
  if (!warnings.empty()) {
    ImGui::Dummy(ImVec2(0, 12));
    ui::text("summary.warnings_label", text(lang, "form.summary.warnings"));
    ImGui::Dummy(ImVec2(0, 4));
    findings_by_step(state, "summary.warnings", warnings);
  }
  if (errors.empty() && form.completing()) {
    ImGui::Dummy(ImVec2(0, 12));
    ui::text("summary.next_step", text(lang, "completion.next_step"));
  } else if (errors.empty() && state.user) {
    // Where the request goes is the core's decision (can_submit), not the app's.
    const Decision decision = can_submit(api::core_user(*state.user), check.request, false);
    const bool to_di = decision.to == State::in_review;
    ImGui::Dummy(ImVec2(0, 12));
    ui::text("summary.next_step",
             text(lang, to_di ? "form.summary.next_step_principal" : "form.summary.next_step"));
  }
  ui::end_card();
}

void answer_row(std::string_view key, std::string_view label, const std::string& shown,
                nlohmann::json value, bool wide) {
  const float width = ImGui::GetContentRegionAvail().x;
  // An unanswered question reads quieter than an answer.
  const ImVec4 value_colour = value.is_null() ? theme::colours().muted_text : theme::colours().text;
  if (wide) {
    const float label_width = width * 0.4f;
    const float value_width = width - label_width - 16;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 label_size =
        ImGui::CalcTextSize(label.data(), label.data() + label.size(), false, label_width);
    const ImVec2 value_size =
        ImGui::CalcTextSize(shown.data(), shown.data() + shown.size(), false, value_width);
    ui::parts::draw_text(pos, label, theme::colours().muted_text, label_width);
    ui::parts::draw_text(ImVec2(pos.x + label_width + 16, pos.y), shown, value_colour, value_width);
    ImGui::Dummy(ImVec2(width, std::max(label_size.y, value_size.y)));
  } else {
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 2));
    ui::text(std::string("summary.label.") + std::string(key), label, ui::TextStyle::muted);
    ImGui::PushStyleColor(ImGuiCol_Text, value_colour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(shown.data(), shown.data() + shown.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
  }
  probe::tag_last_item({.id = "summary." + std::string(key),
                        .label = shown,
                        .kind = probe::Kind::text,
                        .value = std::move(value),
                        .has_value = true});
}

void section_card(App& state, int step) {
  RequestFormState& form = state.form;
  const Lang lang = state.lang;
  const SectionDef& section = form_sections()[static_cast<std::size_t>(step)];
  ui::begin_card();
  const float width = ImGui::GetContentRegionAvail().x;
  const bool wide = width >= 480;
  const ImVec2 top = ImGui::GetCursorPos();
  // "Ändra" at the heading's right end; the heading wraps short of it.
  const std::string_view edit = text(lang, "form.summary.edit");
  const float edit_width = ImGui::CalcTextSize(edit.data(), edit.data() + edit.size()).x + 36;
  ImGui::PushTextWrapPos(top.x + width - edit_width - 8);
  ui::text("summary.section." + std::string(section.key), step_title(lang, step),
           ui::TextStyle::heading);
  ImGui::PopTextWrapPos();
  const ImVec2 after = ImGui::GetCursorPos();
  // The label's right end, not the button's, lines up with the answers' right edge.
  ImGui::SetCursorPos(ImVec2(top.x + width - edit_width + 18, top.y - 8));
  if (ui::button("form.summary.edit." + std::string(section.key), edit, ui::ButtonStyle::quiet)) {
    go_to_step(form, step);
  }
  ImGui::SetCursorPos(after);
  ImGui::Dummy(ImVec2(0, 10));
  bool first = true;
  for (const FieldDef& field : form_fields()) {
    if (field.section != section.key || !asked_in_form(field) || !applies(form.draft, field)) {
      continue;
    }
    if (!first) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, pos.y + 6),
                                          ImVec2(pos.x + width, pos.y + 6),
                                          ImGui::GetColorU32(theme::colours().border));
      ImGui::Dummy(ImVec2(0, 12));
    }
    first = false;
    answer_row(field.key, field_label(lang, field.key),
               field_display_value(field, form.draft, lang, state.units), form.draft.value(field),
               wide);
  }
  ui::end_card();
}

}  // namespace

void draw_form_summary(App& state) {
  const Lang lang = state.lang;
  overview_card(state);
  ImGui::Dummy(ImVec2(0, 20));
  ui::text("summary.answers", text(lang, "form.summary.answers"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 8));
  for (int step = 0; step < kSummaryStep; ++step) {
    section_card(state, step);
    ImGui::Dummy(ImVec2(0, 16));
  }
  const Submission& submission = state.form.submission;
  if (!submission.error.empty()) {
    ImGui::Dummy(ImVec2(0, 4));
    ui::text("form.submit_error", submission.error, ui::TextStyle::error);
    if (!submission.server_findings.empty()) {
      ImGui::Dummy(ImVec2(0, 6));
      ui::finding_lines("form.submit_error.finding", submission.server_findings);
    }
  }
}

}  // namespace anskaffa::web
