// SPEC 9: a server killed at any moment (kill -9) restarts with every request it answered 201
// for, and the database passes PRAGMA integrity_check. Runs the real binary.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>
#include <vector>

#include "support/process.h"
#include "support/test_server.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Client;
using anskaffa::testing::Response;
using anskaffa::testing::run_server_binary;
using anskaffa::testing::ServeProcess;
using anskaffa::testing::TempDir;
using nlohmann::json;

const std::string crash_password = "rätt häst batteri";

int listening_port(const ServeProcess& serve) {
  std::smatch match;
  const std::string line = serve.first_line();
  REQUIRE(std::regex_match(line, match, std::regex(R"(listening on http://127\.0\.0\.1:(\d+))")));
  return std::stoi(match[1].str());
}

std::string sign_in(int port) {
  const Response response = Client(port).post(
      "/api/v1/session",
      json{{"email", "larare@skola.example"}, {"password", crash_password}}.dump());
  REQUIRE(response.status == 200);
  const std::string cookie = response.header("Set-Cookie");
  return cookie.substr(0, cookie.find(';'));
}

std::string integrity_of(const std::string& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr);
  std::string result;
  if (sqlite3_step(statement) == SQLITE_ROW) {
    result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return result;
}

}  // namespace

TEST_CASE("every request answered 201 survives kill -9 and a restart", "[crash]") {
  TempDir dir;
  const std::string db = (dir.path() / "crash.db").string();
  const std::string web = (dir.path() / "web").string();
  std::filesystem::create_directories(web);
  const auto unit = run_server_binary({"unit", "add", "--db", db, "--name", "Exempelskolan"});
  REQUIRE(unit.exit_code == 0);
  const std::int64_t unit_id = std::stoll(unit.out);
  REQUIRE(run_server_binary({"user", "add", "--db", db, "--email", "larare@skola.example", "--name",
                             "Lena Lärare", "--role", "requester"},
                            crash_password + "\n")
              .exit_code == 0);

  std::mutex mutex;
  std::vector<json> acknowledged;
  {
    ServeProcess serve({"--db", db, "--port", "0", "--web-root", web});
    const int port = listening_port(serve);
    const std::string cookie = sign_in(port);
    std::atomic<bool> stop = false;
    std::vector<std::thread> writers;
    for (int t = 0; t < 4; ++t) {
      writers.emplace_back([&, t] {
        Client client(port);
        for (int i = 0; !stop; ++i) {
          json request = anskaffa::testing::WorkflowFixture::valid_request(unit_id);
          request["resource_name"] = "Resurs " + std::to_string(t) + "-" + std::to_string(i);
          request["start_date"] = "2099-08-15";  // this server runs on the real clock
          const Response r = client.post("/api/v1/requests", request.dump(), "application/json",
                                         {{"Cookie", cookie}});
          if (r.status == 0) return;  // the server is gone
          if (r.status == 201) {
            std::lock_guard lock(mutex);
            acknowledged.push_back(json::parse(r.body));
          }
        }
      });
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      {
        std::lock_guard lock(mutex);
        if (acknowledged.size() >= 40) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    CHECK(serve.stop(SIGKILL) == 128 + SIGKILL);  // mid-stream: the writers are still sending
    stop = true;
    for (std::thread& writer : writers) writer.join();
  }
  REQUIRE(acknowledged.size() >= 40);

  ServeProcess again({"--db", db, "--port", "0", "--web-root", web});
  const int port = listening_port(again);
  const std::string cookie = sign_in(port);
  Client client(port);
  for (const json& ack : acknowledged) {
    const Response r = client.get("/api/v1/requests/" + std::to_string(ack.at("id").get<int>()),
                                  {{"Cookie", cookie}});
    INFO(ack.dump());
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("case_number") == ack.at("case_number"));
  }
  CHECK(again.stop(SIGTERM) == 0);
  CHECK(integrity_of(db) == "ok");
}
