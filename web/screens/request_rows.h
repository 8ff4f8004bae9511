// Requests as rows of a list, the same on the home screen and in the review queue: case number
// and resource, a coloured state, and what the list is about (the next step, or how long the
// request has waited).
#pragma once

#include <string>

#include "web/api/request_list.h"
#include "web/app.h"

namespace anskaffa::web {

enum class RowDetail { next_step, waiting };

// Draws the list's rows, its loading and failure states, and "show more"; a row opens its
// request. Rows have the probe ids "<id_prefix>.<request id>"; `empty_key` is the text shown
// when the list has no rows.
void draw_request_rows(App& state, RequestList& list, std::string_view id_prefix, RowDetail detail,
                       std::string_view empty_key, void (*reload)(App&));

}  // namespace anskaffa::web
