// Requests as rows of a list, the same on the home screen and in the review queue: case number
// and resource, a coloured state, and what the list is about (the next step, or how long the
// request has waited).
#pragma once

#include <string>
#include <string_view>

#include "web/api/request_list.h"
#include "web/app.h"

namespace anskaffa::web {

enum class RowDetail { next_step, waiting };

// How a list is named: its rows' probe ids are "<id_prefix>.<request id>"; `title_key` is the
// text of the title drawn above it, which captions its table in the accessibility mirror;
// `empty_key` is the text shown when it has no rows. `status_key`, when set, makes the empty
// text a status message of that key (WCAG 4.1.3, probe::mark_status), and with `said_key`
// (a text with {shown} and {total}) the count under the rows too, so that the two take turns.
struct ListNames {
  std::string_view id_prefix;
  std::string_view title_key;
  std::string_view empty_key;
  std::string_view status_key = {};
  std::string_view said_key = {};
};

// Draws the list's rows, its loading and failure states, and "show more"; a row opens its
// request.
void draw_request_rows(App& state, RequestList& list, const ListNames& names, RowDetail detail,
                       void (*reload)(App&));

}  // namespace anskaffa::web
