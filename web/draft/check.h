// The draft's findings and risk, from the core's assess() on the draft's body, with the
// context the app has: today in the browser's time zone, the units from the server, and no
// catalogue yet (SPEC 3.1: the app validates with its own, possibly older, context).
#pragma once

#include <vector>

#include "shared/assessment.h"
#include "shared/lang.h"
#include "shared/validate.h"
#include "web/draft/draft.h"

namespace anskaffa::web {

Assessment check_draft(const Draft& draft, const std::vector<UnitRef>& units, Lang lang);

}  // namespace anskaffa::web
