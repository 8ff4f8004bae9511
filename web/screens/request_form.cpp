// The request form, "Beställning av digital lärresurs" (SPEC 2, 7): the five sections of the
// core's form definition as steps, each a card of its fields, then the summary; "Föregående"
// and "Nästa" under them. Moving between steps never blocks: the summary gathers what is left
// to correct, and only sending needs a request without errors.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "shared/form.h"
#include "shared/texts.h"
#include "web/draft/relevance.h"
#include "web/platform/platform.h"
#include "web/screens/form_field.h"
#include "web/screens/form_parts.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/card.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

constexpr float kFieldSpacing = 26;

// Changes the step; when the keyboard did it, the new step's first field takes the focus, as
// the next page of a form does.
void change_step(App& state, int step) {
  RequestFormState& form = state.form;
  go_to_step(form, step);
  form.focus_first_field = !GImGui->NavDisableHighlight;
}

// SPEC 2.5: the app offers "same as principal" for the register holder.
void same_as_principal(App& state) {
  Draft& draft = state.form.draft;
  bool same = draft.register_holder_is_principal;
  if (ui::checkbox("register_holder_same_as_principal", text(state.lang, "form.same_as_principal"),
                   same)) {
    draft.register_holder_is_principal = same;
    draft_changed(state);
    check_draft_if_due(state);
  }
  ImGui::Dummy(ImVec2(0, 10));
}

void draw_section(App& state, int step) {
  RequestFormState& form = state.form;
  const Lang lang = state.lang;
  const SectionDef& section = form_sections()[static_cast<std::size_t>(step)];

  ui::begin_card();
  ui::text("form.step_of",
           format_text(lang, "form.step_of",
                       {{"n", std::to_string(step + 1)}, {"total", std::to_string(kSummaryStep)}}),
           ui::TextStyle::muted);
  ui::text("form.section_title", step_title(lang, step), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 2));
  ui::text("form.required_legend", text(lang, "form.required_legend"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 18));

  bool first = true;
  for (const FieldDef& field : form_fields()) {
    if (field.section != section.key || !asked_in_form(field) || !applies(form.draft, field)) {
      continue;
    }
    if (!first) ImGui::Dummy(ImVec2(0, kFieldSpacing));
    if (first && form.focus_first_field) {
      ImGui::SetKeyboardFocusHere();
      form.focus_first_field = false;
    }
    first = false;
    if (field.key == "register_holder_name") same_as_principal(state);
    const bool read_only =
        form.draft.register_holder_is_principal &&
        (field.key == "register_holder_name" || field.key == "register_holder_email");
    const std::string key(field.key);
    FieldView view{
        .lang = lang,
        .units = &state.units,
        .read_only = read_only,
        .findings = [&form, key] { return shown_findings(form, key); },
        .on_change =
            [&state, key] {
              state.form.touched.insert(key);
              draft_changed(state);
              check_draft_if_due(state);
            },
    };
    const FieldOutcome outcome = draw_form_field(field, form.draft, view);
    if (outcome.left) form.touched.insert(key);
    if (field.key == "resource_name") draw_catalog_suggestions(state);
  }
  ui::end_card();
}

void draw_buttons(App& state) {
  RequestFormState& form = state.form;
  const Lang lang = state.lang;
  ImGui::Dummy(ImVec2(0, 20));
  const float width = ImGui::GetContentRegionAvail().x;
  const float row_x = ImGui::GetCursorPosX();
  if (form.step > 0) {
    if (ui::button("form.back", text(lang, "form.back"), ui::ButtonStyle::secondary)) {
      change_step(state, form.step - 1);
    }
    ImGui::SameLine();
  }
  if (form.step == kSummaryStep) {
    const bool ready = !has_errors(form.check.findings) && !form.submission.pending;
    const std::string_view label = text(lang, form.submission.pending ? "form.submitting"
                                              : form.completing()     ? "completion.submit"
                                                                      : "action.submit");
    const float button_width =
        ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + 36;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), row_x + width - button_width));
    if (ui::button("form.submit", label, ui::ButtonStyle::primary, 0, ready)) {
      if (form.completing()) {
        submit_completion(state);
      } else {
        submit_request(state);
      }
    }
  } else {
    const std::string_view label = text(lang, "form.next");
    const float button_width =
        ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + 36;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), row_x + width - button_width));
    if (ui::button("form.next", label)) change_step(state, form.step + 1);
  }
  ImGui::Dummy(ImVec2(0, 24));
}

// Whether the draft is safe on this device (SPEC 6: "utkast sparat" with its time), and its
// export as a file.
void draw_draft_status(App& state) {
  const Lang lang = state.lang;
  const Drafts& drafts = state.drafts;
  const std::string saved =
      drafts.saved_at > 0
          ? format_text(lang, "drafts.saved", {{"time", local_hour_minute(drafts.saved_at)}})
          : std::string(text(lang, "drafts.not_saved"));
  const float row_y = ImGui::GetCursorPosY();
  const float row_x = ImGui::GetCursorPosX();
  const float width = ImGui::GetContentRegionAvail().x;
  const std::string_view label = text(lang, "drafts.export");
  const float button_width = ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + 36;
  const float button_height = ImGui::GetTextLineHeight() + 20;
  // Beside each other when both fit on the line; else (a narrow or zoomed window, WCAG 1.4.10)
  // the button goes under the text rather than over it.
  const bool beside = ImGui::CalcTextSize(saved.c_str()).x + 16 + button_width <= width;
  if (beside) {
    ImGui::SetCursorPosY(row_y + (button_height - ImGui::GetTextLineHeight()) * 0.5f);
  }
  ui::text("status.saved", saved, ui::TextStyle::muted);
  if (beside) {
    ImGui::SetCursorPos(ImVec2(row_x + width - button_width, row_y));
  } else {
    ImGui::Dummy(ImVec2(0, 4));
  }
  if (ui::button("draft.export", label, ui::ButtonStyle::secondary, 0, drafts.saved_at > 0)) {
    export_draft(state);
  }
}

}  // namespace

bool step_has_errors(const RequestFormState& form, int step) {
  for (const Finding& finding : form.check.findings) {
    if (finding.severity != Severity::error || finding_step(finding) != step) continue;
    const FieldDef* field = find_field(finding.field);
    if (field && (!asked_in_form(*field) || !applies(form.draft, *field))) continue;
    return true;
  }
  return false;
}

Findings shown_findings(const RequestFormState& form, std::string_view field) {
  Findings shown;
  for (const Finding& finding : form.check.findings) {
    if (finding.field == field && finding_shown(form, finding)) shown.push_back(finding);
  }
  return shown;
}

void draw_request_form(App& state) {
  RequestFormState& form = state.form;
  const Lang lang = state.lang;
  check_draft_if_due(state);
  if (form.scroll_to_top) {
    ImGui::SetScrollY(0);
    form.scroll_to_top = false;
  }
  begin_column(theme::kContentWidth);
  if (form.completing()) {
    // A returned request: edited here, saved in the case when sent, never a draft.
    if (ui::button("completion.back", text(lang, "completion.back"), ui::ButtonStyle::quiet)) {
      cancel_completion(state);
      end_column();
      return;
    }
    ImGui::Dummy(ImVec2(0, 8));
    ui::text("title",
             format_text(lang, "completion.title", {{"case_number", form.completion.case_number}}),
             ui::TextStyle::title);
    ImGui::Dummy(ImVec2(0, 4));
    ui::text("intro", text(lang, "completion.intro"), ui::TextStyle::muted);
  } else {
    ui::text("title", text(lang, "form.title"), ui::TextStyle::title);
    ImGui::Dummy(ImVec2(0, 4));
    ui::text("intro", text(lang, "form.intro"), ui::TextStyle::muted);
    ImGui::Dummy(ImVec2(0, 12));
    draw_draft_status(state);
  }
  ImGui::Dummy(ImVec2(0, 16));
  draw_form_stepper(state);
  ImGui::Dummy(ImVec2(0, 20));
  if (form.step == kSummaryStep) {
    draw_form_summary(state);
  } else {
    draw_section(state, form.step);
  }
  draw_buttons(state);
  end_column();
}

}  // namespace anskaffa::web
