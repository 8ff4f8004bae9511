#include "server/store/migrations.h"

#include <sqlite3.h>

#include <string>

namespace anskaffa::store {
namespace {

// Times are Unix seconds (UTC) in INTEGER columns: comparable, and free of time zones.
constexpr Migration all_migrations[] = {
    {1, "units, users, roles, sessions", R"sql(
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  school_form TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
) WITHOUT ROWID;
CREATE TABLE user_units (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (user_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX user_units_by_unit ON user_units(unit_id);
-- Only a hash of each session token is kept: a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash BLOB PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions(user_id);
)sql"},
};

void ensure_version_table(Connection& connection) {
  connection.exec(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      " version INTEGER PRIMARY KEY,"
      " name TEXT NOT NULL,"
      " applied_at INTEGER NOT NULL)");
}

int current_version(Connection& connection) {
  auto query = connection.prepare("SELECT coalesce(max(version), 0) FROM schema_version");
  query.step();
  return static_cast<int>(query.column_int64(0));
}

}  // namespace

std::span<const Migration> migrations() { return all_migrations; }

int schema_version(Connection& connection) {
  auto exists = connection.prepare(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'");
  exists.step();
  if (exists.column_int64(0) == 0) return 0;
  return current_version(connection);
}

int apply_migrations(Connection& connection) {
  return connection.write_transaction([&] {
    ensure_version_table(connection);
    const int current = current_version(connection);
    const int latest = migrations().back().version;
    if (current > latest) {
      throw StoreError(SQLITE_ERROR, "the database has schema version " + std::to_string(current) +
                                         ", newer than this server's " + std::to_string(latest));
    }
    int applied = 0;
    for (const Migration& migration : migrations()) {
      if (migration.version <= current) continue;
      connection.exec(migration.sql);
      connection
          .prepare(
              "INSERT INTO schema_version (version, name, applied_at) "
              "VALUES (?1, ?2, unixepoch())")
          .bind(1, std::int64_t{migration.version})
          .bind(2, migration.name)
          .run();
      ++applied;
    }
    return applied;
  });
}

}  // namespace anskaffa::store
