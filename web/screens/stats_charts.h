// The statistics' charts (SPEC 7: "drawn as charts rather than tables"), drawn with ImGui's
// draw list at the cursor and tagged for the probe as groups whose value is the numbers drawn:
// chart.by_state, chart.by_age and chart.lead_time.
#pragma once

#include <string>
#include <string_view>

#include "shared/lang.h"
#include "web/api/registers.h"

namespace anskaffa::web {

// Horizontal bars: the open requests in each open state.
void draw_by_state_chart(Lang lang, const api::Stats& stats);
// A stacked bar per open state: its requests by working days in the state ("0-5", ...).
void draw_by_age_chart(Lang lang, const api::Stats& stats);
// Vertical bars: the median days of a stage per month ("decision": submission to decision).
void draw_lead_time_chart(Lang lang, const api::Stats& stats, std::string_view stage);

// A number of days as people write it: a whole number, or one decimal (a comma in Swedish).
std::string days_number(Lang lang, double days);

}  // namespace anskaffa::web
