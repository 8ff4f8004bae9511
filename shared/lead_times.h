// How long requests wait (SPEC 8's statistics, and the typical wait the home screen shows): the
// stages a request has passed through, the days from submission to decision, and the bands
// that the review queue's ages are counted in. Dates are calendar dates in the administration's
// time zone; the caller turns its timestamps into them.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "shared/date.h"
#include "shared/workflow.h"

namespace anskaffa {

// A request entered state on this date (its timeline's state changes, oldest first; the first
// is its submission).
struct StateEntry {
  State state = State::awaiting_principal;
  Date on;
};

// A stage the request has left: an open state, from the day it was entered to the day it was
// left.
struct StageSpan {
  State stage = State::awaiting_principal;
  Date entered;
  Date left;
  long days() const { return days_between(entered, left); }
};

// A decision ends the wait: approved, rejected, declined or direct purchase allowed. A
// withdrawal is not one (nobody decided), nor is an order (it follows the approval).
bool is_decision(State state);

// Every open stage the request has entered and left, in order.
std::vector<StageSpan> completed_stages(std::span<const StateEntry> history);

// Calendar days from submission to the first decision; nullopt while undecided or withdrawn.
std::optional<long> days_to_decision(std::span<const StateEntry> history);

// The middle value (the mean of the two middle ones for an even count); nullopt when empty.
std::optional<double> median(std::vector<long> values);

// The bands in which the review queue counts how long open requests have waited, in working
// days (SPEC 4: a reminder goes out after 5).
inline constexpr std::string_view age_bands[] = {"0-5", "6-10", "11-20", "21+"};
std::string_view age_band(int working_days);

}  // namespace anskaffa
