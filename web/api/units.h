// GET /api/v1/units (SPEC 8): the school units a request can name, for the form's unit list
// and the core's ValidationContext.
#pragma once

#include <functional>
#include <vector>

#include "shared/lang.h"
#include "shared/validate.h"

namespace anskaffa::web::api {

struct UnitsResult {
  bool ok = false;
  std::vector<UnitRef> units;
};

void fetch_units(Lang lang, std::function<void(const UnitsResult&)> done);

}  // namespace anskaffa::web::api
