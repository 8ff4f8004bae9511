#include "server/store/idempotency.h"

namespace anskaffa::store {

std::optional<StoredResponse> find_idempotent_response(Connection& connection, std::int64_t user_id,
                                                       std::string_view key) {
  auto query = connection.prepare(
      "SELECT status, body FROM idempotency_keys WHERE user_id = ?1 AND key = ?2");
  query.bind(1, user_id).bind(2, key);
  if (!query.step()) return std::nullopt;
  return StoredResponse{static_cast<int>(query.column_int64(0)), query.column_text(1)};
}

void store_idempotent_response(Connection& connection, std::int64_t user_id, std::string_view key,
                               const StoredResponse& response, std::int64_t now) {
  connection
      .prepare(
          "INSERT INTO idempotency_keys (user_id, key, status, body, created_at)"
          " VALUES (?1, ?2, ?3, ?4, ?5)")
      .bind(1, user_id)
      .bind(2, key)
      .bind(3, std::int64_t{response.status})
      .bind(4, response.body)
      .bind(5, now)
      .run();
}

}  // namespace anskaffa::store
