// The request form screen's parts, shared by its files: request_form.cpp (the steps and their
// fields), form_stepper.cpp (the progress) and form_summary.cpp (the last step).
#pragma once

#include <string_view>

#include "shared/finding.h"
#include "web/app.h"

namespace anskaffa::web {

void draw_form_stepper(App& state);
std::string_view step_title(Lang lang, int step);

// Whether the step has error findings (on fields the form asks, or the whole request for the
// summary).
bool step_has_errors(const RequestFormState& form, int step);

// The findings of one field that are shown now (form_state.h's finding_shown).
Findings shown_findings(const RequestFormState& form, std::string_view field);

}  // namespace anskaffa::web
