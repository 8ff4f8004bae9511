// SPEC 8's backup and restore, as an operator runs them: the built binary against a database
// that is being written to.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/store/database.h"
#include "server/store/units.h"
#include "support/process.h"
#include "support/test_server.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::store::Connection;
using anskaffa::store::Database;
using anskaffa::testing::run_server_binary;
using anskaffa::testing::TempDir;

std::set<std::string> unit_names(const std::string& path) {
  Connection connection(path, /*create=*/false);
  std::set<std::string> names;
  for (const auto& unit : anskaffa::store::list_units(connection)) names.insert(unit.name);
  return names;
}

std::string integrity(const std::string& path) {
  Connection connection(path, /*create=*/false);
  auto check = connection.prepare("PRAGMA integrity_check");
  check.step();
  return check.column_text(0);
}

}  // namespace

TEST_CASE("a backup under write load holds everything acknowledged before it began", "[backup]") {
  TempDir dir;
  const std::string db = (dir.path() / "anskaffa.db").string();
  Database database(db);
  std::atomic<int> acknowledged{0};
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    auto connection = database.connect();
    for (int i = 1; !stop; ++i) {
      connection->write_transaction([&] {
        anskaffa::store::insert_unit(*connection, "Enhet " + std::to_string(i), "grundskola", 0);
      });
      acknowledged = i;  // only after the commit returned
    }
  });
  while (acknowledged < 200) std::this_thread::yield();

  const int before = acknowledged;
  const std::string copy = (dir.path() / "backup.db").string();
  const auto result = run_server_binary({"backup", "--db", db, "--to", copy});
  const int after = acknowledged;
  stop = true;
  writer.join();
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(after > before);  // the writer really ran during the backup

  const std::string restored = (dir.path() / "restored.db").string();
  const auto restore = run_server_binary({"restore", "--db", restored, "--from", copy});
  INFO(restore.err);
  REQUIRE(restore.exit_code == 0);
  CHECK(integrity(restored) == "ok");
  const auto names = unit_names(restored);
  for (int i = 1; i <= before; ++i) {
    if (names.count("Enhet " + std::to_string(i)) != 1) FAIL("unit " << i << " is missing");
  }
  // A restored file is a database the server opens and migrates like any other.
  Database reopened(restored);
  CHECK(reopened.answers());
}

TEST_CASE("a backup while the server takes submissions holds every one acknowledged before it",
          "[backup]") {
  anskaffa::testing::WorkflowFixture f;
  const nlohmann::json request = f.valid_request(f.unit_a);
  std::mutex mutex;
  std::vector<std::int64_t> acknowledged;  // ids answered 201, in the order the answers came
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&] {
      auto client = f.server.client();
      while (!stop) {
        const auto response = client.post("/api/v1/requests", request.dump(), "application/json",
                                          anskaffa::testing::with_cookie(f.owner.cookie));
        if (response.status != 201) {
          ++failures;
          continue;
        }
        const auto id = nlohmann::json::parse(response.body).at("id").get<std::int64_t>();
        const std::lock_guard lock(mutex);
        acknowledged.push_back(id);
      }
    });
  }
  const auto count = [&] {
    const std::lock_guard lock(mutex);
    return acknowledged.size();
  };
  while (count() < 100) std::this_thread::yield();

  std::vector<std::int64_t> before;
  {
    const std::lock_guard lock(mutex);
    before = acknowledged;
  }
  const std::string copy = (f.server.dir() / "backup.db").string();
  const auto result =
      run_server_binary({"backup", "--db", f.server.db_path().string(), "--to", copy});
  const std::size_t after = count();
  stop = true;
  for (auto& writer : writers) writer.join();
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(failures == 0);
  CHECK(after > before.size());  // submissions went on during the backup

  // The backup file itself, as it is: it opens, passes the check, and has them all.
  CHECK(integrity(copy) == "ok");
  std::set<std::int64_t> stored;
  {
    Connection connection(copy, /*create=*/false);
    auto ids = connection.prepare("SELECT id FROM requests");
    while (ids.step()) stored.insert(ids.column_int64(0));
  }
  for (const std::int64_t id : before) {
    if (stored.count(id) != 1) FAIL("request " << id << ", acknowledged before, is missing");
  }
  WARN("backup under load: " << before.size() << " acknowledged before it began, " << after
                             << " when it ended, " << stored.size() << " in the file");
  Database reopened(copy);
  CHECK(reopened.answers());
}

TEST_CASE("restore refuses a file that is not an Anskaffa database and changes nothing",
          "[backup]") {
  TempDir dir;
  const std::string db = (dir.path() / "anskaffa.db").string();
  {
    Database database(db);
    auto connection = database.connect();
    connection->write_transaction(
        [&] { anskaffa::store::insert_unit(*connection, "Exempelskolan", "grundskola", 0); });
  }
  const std::string junk = (dir.path() / "junk.db").string();
  anskaffa::testing::write_file(junk, std::string(8192, 'x'));
  const std::string plain = (dir.path() / "plain.db").string();
  {
    Connection other(plain);
    other.exec("CREATE TABLE t (x)");
  }
  for (const std::string& from : {junk, plain, (dir.path() / "missing.db").string()}) {
    const auto result = run_server_binary({"restore", "--db", db, "--from", from});
    INFO(from << ": " << result.err);
    CHECK(result.exit_code == 1);
    CHECK_FALSE(result.err.empty());
    CHECK(unit_names(db) == std::set<std::string>{"Exempelskolan"});
  }
}

TEST_CASE("restore keeps the database it replaces beside it", "[backup]") {
  TempDir dir;
  const std::string db = (dir.path() / "anskaffa.db").string();
  const std::string copy = (dir.path() / "backup.db").string();
  {
    Database database(db);
    auto connection = database.connect();
    connection->write_transaction(
        [&] { anskaffa::store::insert_unit(*connection, "Före", "grundskola", 0); });
  }
  REQUIRE(run_server_binary({"backup", "--db", db, "--to", copy}).exit_code == 0);
  {
    Database database(db);
    auto connection = database.connect();
    connection->write_transaction(
        [&] { anskaffa::store::insert_unit(*connection, "Efter", "grundskola", 0); });
  }
  REQUIRE(run_server_binary({"restore", "--db", db, "--from", copy}).exit_code == 0);
  CHECK(unit_names(db) == std::set<std::string>{"Före"});
  CHECK(unit_names(db + ".before-restore") == std::set<std::string>{"Efter", "Före"});
}

TEST_CASE("backup and restore name what is missing from their command line", "[backup]") {
  CHECK(run_server_binary({"backup", "--db", "x.db"}).exit_code == 2);
  CHECK(run_server_binary({"restore", "--from", "x.db"}).exit_code == 2);
}
