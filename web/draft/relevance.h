// Which fields of the form apply to this draft, so that the form shows only the questions
// that matter and the body leaves out answers that no longer apply. The rule is the core's
// (shared/form_conditions.h); this reads the draft's answers for it.
#pragma once

#include "shared/form.h"
#include "shared/request.h"
#include "web/draft/draft.h"

namespace anskaffa::web {

// The draft's answers the conditions read: the options chosen and the catalogue entry.
Request chosen_answers(const Draft& draft);

bool applies(const Draft& draft, const FieldDef& field);

// Fields the form does not ask as questions of their own: catalog_id is set by choosing an
// approved resource in the catalogue (SPEC 7), not typed.
bool asked_in_form(const FieldDef& field);

}  // namespace anskaffa::web
