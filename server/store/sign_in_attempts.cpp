#include "server/store/sign_in_attempts.h"

namespace anskaffa::store {

void record_sign_in_failure(Connection& connection, std::string_view scope, std::string_view key,
                            std::int64_t now) {
  connection.prepare("INSERT INTO sign_in_failures (scope, key, at) VALUES (?1, ?2, ?3)")
      .bind(1, scope)
      .bind(2, key)
      .bind(3, now)
      .run();
}

std::int64_t count_sign_in_failures(Connection& connection, std::string_view scope,
                                    std::string_view key, std::int64_t since) {
  auto query = connection.prepare(
      "SELECT count(*) FROM sign_in_failures WHERE scope = ?1 AND key = ?2 AND at > ?3");
  query.bind(1, scope).bind(2, key).bind(3, since);
  query.step();
  return query.column_int64(0);
}

void clear_sign_in_failures(Connection& connection, std::string_view scope, std::string_view key) {
  connection.prepare("DELETE FROM sign_in_failures WHERE scope = ?1 AND key = ?2")
      .bind(1, scope)
      .bind(2, key)
      .run();
}

void set_lockout(Connection& connection, std::string_view scope, std::string_view key,
                 std::int64_t until) {
  connection
      .prepare(
          "INSERT INTO sign_in_lockouts (scope, key, until) VALUES (?1, ?2, ?3)"
          " ON CONFLICT (scope, key) DO UPDATE SET until = max(until, excluded.until)")
      .bind(1, scope)
      .bind(2, key)
      .bind(3, until)
      .run();
}

std::int64_t lockout_until(Connection& connection, std::string_view scope, std::string_view key,
                           std::int64_t now) {
  auto query = connection.prepare(
      "SELECT until FROM sign_in_lockouts WHERE scope = ?1 AND key = ?2 AND until > ?3");
  query.bind(1, scope).bind(2, key).bind(3, now);
  return query.step() ? query.column_int64(0) : 0;
}

void prune_sign_in_attempts(Connection& connection, std::int64_t cutoff) {
  connection.prepare("DELETE FROM sign_in_failures WHERE at <= ?1").bind(1, cutoff).run();
  connection.prepare("DELETE FROM sign_in_lockouts WHERE until <= ?1").bind(1, cutoff).run();
}

}  // namespace anskaffa::store
