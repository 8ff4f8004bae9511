// Which fields of the form apply to this draft, so that the form shows only the questions
// that matter (SPEC 2's "if paid", "unless no", ...) and the body leaves out answers that no
// longer apply (a cost typed before choosing "free" is kept on screen for the user, but not
// sent). This decides what is asked, never whether an answer is valid: findings come from the
// core's validate() alone.
#pragma once

#include "shared/form.h"
#include "web/draft/draft.h"

namespace anskaffa::web {

bool applies(const Draft& draft, const FieldDef& field);

// Fields the form does not ask as questions of their own: catalog_id is set by choosing an
// approved resource in the catalogue (SPEC 7), not typed.
bool asked_in_form(const FieldDef& field);

}  // namespace anskaffa::web
