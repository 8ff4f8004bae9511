#include "server/store/stats.h"

namespace anskaffa::store {

std::map<std::int64_t, std::vector<StateChangeRow>> state_histories(Connection& connection) {
  // Comments and assignments leave the state as it was: only real changes count.
  auto query = connection.prepare(
      "SELECT request_id, at, to_state FROM request_events "
      "WHERE to_state IS NOT NULL AND (from_state IS NULL OR from_state <> to_state) "
      "ORDER BY request_id, id");
  std::map<std::int64_t, std::vector<StateChangeRow>> histories;
  while (query.step()) {
    histories[query.column_int64(0)].push_back({query.column_int64(1), query.column_text(2)});
  }
  return histories;
}

std::vector<StateCountRow> request_states(Connection& connection) {
  auto query = connection.prepare("SELECT state, state_since FROM requests");
  std::vector<StateCountRow> rows;
  while (query.step()) rows.push_back({query.column_text(0), query.column_int64(1)});
  return rows;
}

}  // namespace anskaffa::store
