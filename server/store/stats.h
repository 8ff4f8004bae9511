// What the statistics (SPEC 8, GET /api/v1/stats) read from the store: every request's state
// changes in order, and when each open request entered its state. Counting and medians are the
// core's (shared/lead_times.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct StateChangeRow {
  std::int64_t at = 0;  // Unix seconds
  std::string state;    // the state entered
};

// Per request id, the states it entered (its submission first), oldest first.
std::map<std::int64_t, std::vector<StateChangeRow>> state_histories(Connection& connection);

struct StateCountRow {
  std::string state;
  std::int64_t state_since = 0;  // Unix seconds
};

// Every request's state and since when, for counting by state and age.
std::vector<StateCountRow> request_states(Connection& connection);

}  // namespace anskaffa::store
