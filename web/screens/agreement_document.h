// An agreement's signed PDF on the agreements screen: a download link when it has one, and for
// those who manage agreements (the core's may) an upload of a new one.
#pragma once

#include "web/api/registers.h"
#include "web/app.h"

namespace anskaffa::web {

void draw_agreement_document(App& state, const api::Agreement& agreement);

}  // namespace anskaffa::web
