// The form definition as JSON (GET /api/v1/form, and the app's own copy): sections, fields,
// types, options and limits, with labels and help texts in the requested language.
#pragma once

#include <nlohmann/json.hpp>

#include "shared/lang.h"

namespace anskaffa {

nlohmann::json form_definition_json(Lang lang);

}  // namespace anskaffa
