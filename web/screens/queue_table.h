// The review queue as a table on a wide window: case, resource, state, risk, waiting time and
// assignee in columns a reviewer sorts by clicking their headers, all rows of the queue at once
// and only the visible ones drawn. Rows have the probe ids "queue.<request id>", headers
// "queue.column.<key>".
#pragma once

#include "web/app.h"

namespace anskaffa::web {

void draw_queue_table(App& state, RequestList& list);

}  // namespace anskaffa::web
