// SPEC 9: the audit trail cannot be changed or deleted, not even with SQL on the file.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "server/store/database.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::WorkflowFixture;

// Runs sql on a connection of its own, as someone with the file would; the error text or "".
std::string exec_on_file(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  sqlite3_exec(db, sql, nullptr, nullptr, &error);
  std::string text = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  return text;
}

}  // namespace

TEST_CASE("the audit trail and the timeline refuse UPDATE and DELETE, even on the file itself",
          "[audit]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.principal_a, id, "principal_approve").status == 200);
  const std::int64_t rows = f.count("SELECT count(*) FROM audit_log");
  REQUIRE(rows == 2);
  const std::string path = f.server.db_path().string();

  CHECK(exec_on_file(path, "UPDATE audit_log SET comment = 'ändrad'") ==
        "the audit trail is append-only");
  CHECK(exec_on_file(path, "DELETE FROM audit_log") == "the audit trail is append-only");
  CHECK(exec_on_file(path, "DELETE FROM audit_log WHERE id = 1") ==
        "the audit trail is append-only");
  CHECK(exec_on_file(path, "UPDATE request_events SET by_user = NULL") ==
        "the timeline is append-only");
  CHECK(exec_on_file(path, "DELETE FROM request_events") == "the timeline is append-only");

  CHECK(f.count("SELECT count(*) FROM audit_log") == rows);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE comment = 'ändrad'") == 0);
  CHECK(f.count("SELECT count(*) FROM request_events") == 2);
}

TEST_CASE("each state change and its audit rows commit together", "[audit]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "require_dpa").status == 200);
  REQUIRE(f.act_now(f.infosec, id, "record_dpa",
                    {{"reference", "PUB-1"},
                     {"signed_on", "2026-05-20"},
                     {"valid_from", "2026-05-20"},
                     {"valid_until", "2028-05-19"}})
              .status == 200);
  // Every timeline entry has its audit row, with the same action, from and to.
  CHECK(f.count("SELECT count(*) FROM request_events e WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
                " WHERE a.entity = 'request' AND a.entity_id = e.request_id"
                " AND a.action = e.action AND a.at = e.at"
                " AND coalesce(a.to_state, '') = coalesce(e.to_state, ''))") == 0);
  CHECK(f.count("SELECT count(*) FROM request_events") == 3);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'request'") == 3);
}
