// The store (SPEC 9: nothing acknowledged is lost): migrations, connection settings and
// write transactions, against real SQLite files.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "server/auth/sessions.h"
#include "server/store/database.h"
#include "server/store/migrations.h"
#include "server/store/units.h"
#include "support/test_server.h"

namespace {

using anskaffa::store::Connection;
using anskaffa::store::Database;
using anskaffa::testing::TempDir;

std::string text_pragma(Connection& connection, const char* sql) {
  auto query = connection.prepare(sql);
  REQUIRE(query.step());
  return query.column_text(0);
}

std::int64_t count(Connection& connection, const char* sql) {
  auto query = connection.prepare(sql);
  REQUIRE(query.step());
  return query.column_int64(0);
}

}  // namespace

TEST_CASE("a new database gets the whole schema and records its version", "[store]") {
  TempDir dir;
  Database database((dir.path() / "new.db").string());
  auto connection = database.connect();
  const int latest = anskaffa::store::migrations().back().version;
  CHECK(anskaffa::store::schema_version(*connection) == latest);
  CHECK(count(*connection, "SELECT count(*) FROM schema_version") ==
        static_cast<std::int64_t>(anskaffa::store::migrations().size()));
  for (const char* table : {"units", "users", "user_roles", "user_units", "sessions"}) {
    auto query = connection->prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    query.bind(1, std::string_view(table));
    REQUIRE(query.step());
    INFO(table);
    CHECK(query.column_int64(0) == 1);
  }
}

TEST_CASE("every connection runs in WAL mode with foreign keys enforced", "[store]") {
  TempDir dir;
  Database database((dir.path() / "wal.db").string());
  // Two leases at once: the pooled connection and a newly opened one.
  auto first = database.connect();
  auto second = database.connect();
  for (Connection* connection : {&*first, &*second}) {
    CHECK(text_pragma(*connection, "PRAGMA journal_mode") == "wal");
    CHECK(count(*connection, "PRAGMA foreign_keys") == 1);
    CHECK(count(*connection, "PRAGMA synchronous") == 2);  // FULL
    CHECK(count(*connection, "PRAGMA busy_timeout") > 0);
  }
  // Foreign keys are enforced, not merely declared: a role for a user that does not exist.
  CHECK_THROWS_AS(
      first->prepare("INSERT INTO user_roles (user_id, role) VALUES (42, 'admin')").run(),
      anskaffa::store::StoreError);
}

TEST_CASE("reopening a database applies no migration twice", "[store]") {
  TempDir dir;
  const std::string path = (dir.path() / "reopen.db").string();
  { Database database(path); }
  Database reopened(path);
  auto connection = reopened.connect();
  CHECK(anskaffa::store::apply_migrations(*connection) == 0);
  CHECK(count(*connection, "SELECT count(*) FROM schema_version") ==
        static_cast<std::int64_t>(anskaffa::store::migrations().size()));
}

TEST_CASE("a database written by a newer server is refused rather than used", "[store]") {
  TempDir dir;
  const std::string path = (dir.path() / "newer.db").string();
  {
    Database database(path);
    auto connection = database.connect();
    connection->exec(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', 0)");
  }
  CHECK_THROWS_AS(Database(path), anskaffa::store::StoreError);
}

TEST_CASE("a write transaction whose work throws leaves nothing behind", "[store]") {
  TempDir dir;
  Database database((dir.path() / "rollback.db").string());
  auto connection = database.connect();
  CHECK_THROWS_AS(connection->write_transaction([&] {
    anskaffa::store::insert_unit(*connection, "Exempelskolan", "grundskola", 0);
    throw std::runtime_error("fails half-way");
  }),
                  std::runtime_error);
  CHECK_FALSE(connection->in_transaction());
  CHECK(anskaffa::store::count_units(*connection) == 0);
}

TEST_CASE("a writer waits while another connection holds the write lock, then writes", "[store]") {
  TempDir dir;
  const std::string path = (dir.path() / "busy.db").string();
  Database database(path);
  Connection other(path);  // as another process would, e.g. `user add` while serving
  other.exec("BEGIN IMMEDIATE");
  std::atomic<bool> started = false;
  std::atomic<bool> failed = false;
  std::thread writer([&] {
    auto connection = database.connect();
    started = true;
    try {
      connection->write_transaction(
          [&] { anskaffa::store::insert_unit(*connection, "Demoskolan", "grundskola", 0); });
    } catch (const anskaffa::store::StoreError&) {
      failed = true;
    }
  });
  while (!started) std::this_thread::yield();
  // Hold the lock a moment: the writer must wait for it rather than fail.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  other.exec("COMMIT");
  writer.join();
  CHECK_FALSE(failed);
  auto connection = database.connect();
  CHECK(anskaffa::store::count_units(*connection) == 1);
}

TEST_CASE("text with SQL in it is stored literally", "[store]") {
  TempDir dir;
  Database database((dir.path() / "literal.db").string());
  auto connection = database.connect();
  const std::string name = "Robert'); DROP TABLE units;--";
  const auto id = connection->write_transaction(
      [&] { return anskaffa::store::insert_unit(*connection, name, "grundskola", 0); });
  const auto unit = anskaffa::store::find_unit(*connection, id);
  REQUIRE(unit);
  CHECK(unit->name == name);
}

TEST_CASE("a connection's kept statements start afresh at each use", "[store]") {
  TempDir dir;
  Database database((dir.path() / "statements.db").string());
  auto connection = database.connect();
  connection->exec("CREATE TABLE numbers (n INTEGER)");
  connection->exec("INSERT INTO numbers VALUES (1), (2), (3)");
  const char* sql = "SELECT n FROM numbers WHERE n >= ?1 ORDER BY n";
  {
    // Left after its first row, with a value bound.
    auto query = connection->prepare(sql);
    query.bind(1, std::int64_t{2});
    REQUIRE(query.step());
    CHECK(query.column_int64(0) == 2);
  }
  {
    // The same text again: from the first row, and the old value no longer bound (NULL
    // matches nothing).
    auto query = connection->prepare(sql);
    CHECK_FALSE(query.step());
  }
  {
    // The same text twice at once: two statements, each with its own rows.
    auto outer = connection->prepare(sql);
    auto inner = connection->prepare(sql);
    outer.bind(1, std::int64_t{1});
    inner.bind(1, std::int64_t{3});
    REQUIRE(outer.step());
    REQUIRE(inner.step());
    CHECK(outer.column_int64(0) == 1);
    CHECK(inner.column_int64(0) == 3);
    CHECK_FALSE(inner.step());
    REQUIRE(outer.step());
    CHECK(outer.column_int64(0) == 2);
  }
  // A kept statement holds no read transaction: a write from another connection goes through
  // and is seen at the next use.
  {
    auto other = database.connect();
    other->write_transaction([&] { other->exec("INSERT INTO numbers VALUES (4)"); });
  }
  auto query = connection->prepare("SELECT count(*) FROM numbers");
  REQUIRE(query.step());
  CHECK(query.column_int64(0) == 4);
}
