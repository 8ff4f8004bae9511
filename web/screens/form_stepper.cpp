// The request form's progress: the five sections and the summary as numbered steps, the
// current one filled, those left with errors marked "!" and those left complete marked with a
// tick (shape as well as colour). Each step is a probe "tab", form.step.<section>, and takes
// the user there. Narrow windows show the marks only; the card under them names the step.
// In the accessibility mirror a step is named by its number and title, so that what is drawn
// for it at any width is in its name (WCAG 2.5.3), and described by the state its mark shows
// (WCAG 1.3.1, 4.1.2): the mark is the one source of both.
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

#include "shared/form.h"
#include "shared/texts.h"
#include "web/screens/form_parts.h"
#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

enum class StepMark { todo, current, done, error };

std::string step_id(int step) {
  if (step == kSummaryStep) return "form.step.summary";
  return "form.step." + std::string(form_sections()[static_cast<std::size_t>(step)].key);
}

StepMark step_mark(const RequestFormState& form, int step) {
  if (step == form.step) return StepMark::current;
  if (!form.left[static_cast<std::size_t>(step)]) return StepMark::todo;
  if (step_has_errors(form, step)) return StepMark::error;
  return step == kSummaryStep ? StepMark::todo : StepMark::done;
}

// What the mark says in words; the current step says it with aria-current instead.
std::string mark_description(Lang lang, StepMark mark) {
  switch (mark) {
    case StepMark::done:
      return std::string(text(lang, "a11y.step.done"));
    case StepMark::error:
      return std::string(text(lang, "a11y.step.errors"));
    case StepMark::todo:
      return std::string(text(lang, "a11y.step.todo"));
    case StepMark::current:
      break;
  }
  return {};
}

// A tick and "!" are marks, not text: only the todo and current marks show the number.
bool shows_number(StepMark mark) { return mark == StepMark::todo || mark == StepMark::current; }

void draw_mark(ImDrawList* draw, ImVec2 centre, float radius, StepMark mark, int number) {
  const ImU32 accent = ImGui::GetColorU32(theme::colours().accent);
  const ImU32 white = ImGui::GetColorU32(theme::colours().on_accent);
  switch (mark) {
    case StepMark::current:
      draw->AddCircleFilled(centre, radius, accent, 32);
      break;
    case StepMark::done:
      draw->AddCircleFilled(centre, radius, ImGui::GetColorU32(theme::colours().success_tint), 32);
      draw->AddCircle(centre, radius - 0.75f, ImGui::GetColorU32(theme::colours().success_text), 32,
                      1.5f);
      ImGui::RenderCheckMark(draw, ImVec2(centre.x - radius * 0.45f, centre.y - radius * 0.45f),
                             ImGui::GetColorU32(theme::colours().success_text), radius * 0.9f);
      return;
    case StepMark::error:
      draw->AddCircleFilled(centre, radius, ImGui::GetColorU32(theme::colours().error_tint), 32);
      draw->AddCircle(centre, radius - 0.75f, ImGui::GetColorU32(theme::colours().error_text), 32,
                      1.5f);
      draw->AddRectFilled(ImVec2(centre.x - 1.25f, centre.y - radius * 0.5f),
                          ImVec2(centre.x + 1.25f, centre.y + radius * 0.15f),
                          ImGui::GetColorU32(theme::colours().error_text));
      draw->AddRectFilled(ImVec2(centre.x - 1.25f, centre.y + radius * 0.32f),
                          ImVec2(centre.x + 1.25f, centre.y + radius * 0.32f + 2.5f),
                          ImGui::GetColorU32(theme::colours().error_text));
      return;
    case StepMark::todo:
      draw->AddCircleFilled(centre, radius, ImGui::GetColorU32(theme::colours().surface), 32);
      draw->AddCircle(centre, radius - 0.75f, ImGui::GetColorU32(theme::colours().border), 32,
                      1.5f);
      break;
  }
  const std::string text = std::to_string(number);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  draw->AddText(ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f),
                mark == StepMark::current ? white : ImGui::GetColorU32(theme::colours().muted_text),
                text.c_str());
}

}  // namespace

std::string_view step_title(Lang lang, int step) {
  if (step == kSummaryStep) return text(lang, "form.summary.title");
  return text(lang, "section." + std::string(form_sections()[static_cast<std::size_t>(step)].key) +
                        ".title");
}

void draw_form_stepper(App& state) {
  RequestFormState& form = state.form;
  const Lang lang = state.lang;
  const float width = ImGui::GetContentRegionAvail().x;
  const bool narrow = width < 600;
  const float column = width / static_cast<float>(kStepCount);
  const float radius = narrow ? 13 : 15;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImDrawList* draw = window->DrawList;
  const ImVec2 origin = window->DC.CursorPos;

  // Titles wrap under their mark; the row is as tall as the tallest.
  float titles_height = 0;
  if (!narrow) {
    for (int step = 0; step < kStepCount; ++step) {
      const std::string_view title = step_title(lang, step);
      titles_height = std::max(
          titles_height,
          ImGui::CalcTextSize(title.data(), title.data() + title.size(), false, column - 8).y);
    }
  }
  const float height = 2 * radius + (narrow ? 0 : 8 + titles_height);

  // The line joining the marks, behind them.
  const float mark_y = origin.y + radius;
  draw->AddLine(ImVec2(origin.x + column * 0.5f, mark_y),
                ImVec2(origin.x + width - column * 0.5f, mark_y),
                ImGui::GetColorU32(theme::colours().border), 2);

  for (int step = 0; step < kStepCount; ++step) {
    const StepMark mark = step_mark(form, step);
    const ImRect cell(ImVec2(origin.x + column * static_cast<float>(step), origin.y),
                      ImVec2(origin.x + column * static_cast<float>(step + 1), origin.y + height));
    const std::string id = step_id(step);
    const ImGuiID item = window->GetID(id.c_str());
    ImGui::SetCursorScreenPos(cell.Min);
    ImGui::ItemSize(cell.GetSize());
    const std::string_view title = step_title(lang, step);
    if (ImGui::ItemAdd(cell, item)) {
      bool hovered = false;
      bool held = false;
      if (ImGui::ButtonBehavior(cell, item, &hovered, &held)) go_to_step(form, step);
      ImGui::RenderNavHighlight(cell, item);
      if (hovered && step != form.step) {
        draw->AddRectFilled(cell.Min, cell.Max, ImGui::GetColorU32(theme::colours().accent_tint),
                            theme::kRounding);
      }
      draw_mark(draw, ImVec2(cell.GetCenter().x, mark_y), radius, mark, step + 1);
      if (!narrow) {
        const ImVec2 size =
            ImGui::CalcTextSize(title.data(), title.data() + title.size(), false, column - 8);
        ui::parts::draw_text(
            ImVec2(cell.GetCenter().x - size.x * 0.5f, mark_y + radius + 8), title,
            step == form.step ? theme::colours().accent : theme::colours().muted_text, column - 8);
      }
      if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const std::string number = std::to_string(step + 1);
    std::vector<std::string> drawn;
    if (shows_number(mark)) drawn.push_back(number);
    if (!narrow) drawn.emplace_back(title);
    probe::tag_last_item({.id = id,
                          .label = std::string(title),
                          .kind = probe::Kind::tab,
                          .value = step == form.step,
                          .name = format_text(lang, "a11y.step.name",
                                              {{"n", number}, {"title", std::string(title)}}),
                          .description = mark_description(lang, mark),
                          .drawn = std::move(drawn)});
    if (step + 1 < kStepCount) ImGui::SameLine(0, 0);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace anskaffa::web
