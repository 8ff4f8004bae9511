#include "server/store/sessions.h"

namespace anskaffa::store {

void insert_session(Connection& connection, const TokenHash& hash, std::int64_t user_id,
                    std::int64_t now) {
  connection
      .prepare(
          "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) "
          "VALUES (?1, ?2, ?3, ?3)")
      .bind_blob(1, hash)
      .bind(2, user_id)
      .bind(3, now)
      .run();
}

std::optional<SessionRecord> find_session(Connection& connection, const TokenHash& hash) {
  auto query = connection.prepare(
      "SELECT user_id, created_at, last_seen_at FROM sessions WHERE token_hash = ?1");
  query.bind_blob(1, hash);
  if (!query.step()) return std::nullopt;
  return SessionRecord{query.column_int64(0), query.column_int64(1), query.column_int64(2)};
}

void touch_session(Connection& connection, const TokenHash& hash, std::int64_t now) {
  connection.prepare("UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1")
      .bind_blob(1, hash)
      .bind(2, now)
      .run();
}

void delete_session(Connection& connection, const TokenHash& hash) {
  connection.prepare("DELETE FROM sessions WHERE token_hash = ?1").bind_blob(1, hash).run();
}

void delete_user_sessions(Connection& connection, std::int64_t user_id) {
  connection.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(1, user_id).run();
}

void delete_expired_sessions(Connection& connection, std::int64_t idle_cutoff,
                             std::int64_t absolute_cutoff) {
  connection.prepare("DELETE FROM sessions WHERE last_seen_at < ?1 OR created_at < ?2")
      .bind(1, idle_cutoff)
      .bind(2, absolute_cutoff)
      .run();
}

}  // namespace anskaffa::store
