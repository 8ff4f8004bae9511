#include "web/draft/form_state.h"

namespace anskaffa::web {

int section_step(std::string_view section) {
  const auto sections = form_sections();
  for (std::size_t i = 0; i < sections.size(); ++i)
    if (sections[i].key == section) return static_cast<int>(i);
  return kSummaryStep;
}

int finding_step(const Finding& finding) {
  const FieldDef* field = find_field(finding.field);
  return field ? section_step(field->section) : kSummaryStep;
}

bool finding_shown(const RequestFormState& form, const Finding& finding) {
  if (finding.code != "required") return true;
  if (form.step == kSummaryStep) return true;
  if (form.touched.contains(finding.field)) return true;
  const int step = finding_step(finding);
  return step < kStepCount && form.left[static_cast<std::size_t>(step)];
}

void go_to_step(RequestFormState& form, int step) {
  if (step < 0 || step >= kStepCount || step == form.step) return;
  form.left[static_cast<std::size_t>(form.step)] = true;
  form.step = step;
  form.scroll_to_top = true;
}

}  // namespace anskaffa::web
