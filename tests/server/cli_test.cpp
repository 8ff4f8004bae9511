// The command line of SPEC 8, run as the built binary.
#include <signal.h>

#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "server/store/units.h"
#include "server/store/users.h"
#include "support/process.h"
#include "support/smtp_receiver.h"
#include "support/test_server.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::run_server_binary;
using anskaffa::testing::ServeProcess;
using anskaffa::testing::TempDir;
using anskaffa::testing::TestServer;
using nlohmann::json;

bool is_id(const std::string& out) { return std::regex_match(out, std::regex("[1-9][0-9]*\n")); }

int sign_in_status(TestServer& server, const std::string& email, const std::string& password) {
  return server.client()
      .post("/api/v1/session", json{{"email", email}, {"password", password}}.dump())
      .status;
}

}  // namespace

TEST_CASE("unit add prints the new unit's id, and a serving server lists it", "[cli]") {
  TestServer server;  // serving the same database: `unit add` may run meanwhile (SPEC 8)
  const std::string db = server.db_path().string();
  const auto first = run_server_binary(
      {"unit", "add", "--db", db, "--name", "Exempelskolan", "--school-form", "grundskola"});
  CHECK(first.exit_code == 0);
  CHECK(is_id(first.out));
  const auto second = run_server_binary({"unit", "add", "--db", db, "--name", "Demoskolan"});
  CHECK(second.exit_code == 0);
  CHECK(is_id(second.out));
  CHECK(second.out != first.out);

  server.add_user("asa@skola.example", "rätt häst batteri");
  const std::string cookie = server.sign_in("asa@skola.example", "rätt häst batteri");
  const json units = json::parse(server.client().get("/api/v1/units", {{"Cookie", cookie}}).body);
  REQUIRE(units.size() == 2);
  const auto id = std::stoll(first.out);
  bool found = false;
  for (const json& unit : units) {
    if (unit["id"] == id) {
      found = true;
      CHECK(unit["name"] == "Exempelskolan");
      CHECK(unit["school_form"] == "grundskola");
    }
  }
  CHECK(found);
}

TEST_CASE("user add takes the password from standard input, and it signs in over HTTP", "[cli]") {
  TestServer server;
  const std::string db = server.db_path().string();
  const auto unit = server.add_unit("Exempelskolan");
  const auto added = run_server_binary(
      {"user", "add", "--db", db, "--email", "Rut@Skola.example", "--name", "Rut Rektorsson",
       "--role", "principal", "--role", "requester", "--unit", std::to_string(unit)},
      "mitt hemliga lösenord\nnext line is ignored\n");
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  CHECK(is_id(added.out));

  CHECK(sign_in_status(server, "rut@skola.example", "next line is ignored") == 401);
  const json user = json::parse(
      server.client()
          .post("/api/v1/session",
                json{{"email", "rut@skola.example"}, {"password", "mitt hemliga lösenord"}}.dump())
          .body);
  CHECK(user["user"]["email"] == "rut@skola.example");
  CHECK(user["user"]["name"] == "Rut Rektorsson");
  CHECK(user["user"]["roles"] == json{"principal", "requester"});
  CHECK(user["user"]["units"] == json{unit});
}

TEST_CASE("user add refuses an e-mail that is already taken", "[cli]") {
  TestServer server;
  server.add_user("rut@skola.example", "rätt häst batteri");
  const auto result =
      run_server_binary({"user", "add", "--db", server.db_path().string(), "--email",
                         "rut@skola.example", "--name", "Rut", "--role", "admin"},
                        "ett annat lösenord\n");
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("already exists") != std::string::npos);
}

TEST_CASE("bad arguments are refused with exit code 2 and a message on standard error", "[cli]") {
  TempDir dir;
  const std::string db = (dir.path() / "cli.db").string();
  const std::string password = "ett långt lösenord\n";
  const std::vector<std::vector<std::string>> bad = {
      {},
      {"fly"},
      {"unit", "remove", "--db", db},
      {"unit", "add", "--db", db},
      {"unit", "add", "--db", db, "--name", "   "},
      {"unit", "add", "--db", db, "--name", "X", "--colour", "blue"},
      {"unit", "add", "--name", "X"},
      {"unit", "add", "--db", db, "--name"},
      {"user", "add", "--db", db, "--email", "a@b.example", "--name", "A"},
      {"user", "add", "--db", db, "--email", "a@b.example", "--name", "A", "--role", "king"},
      {"user", "add", "--db", db, "--email", "not-an-email", "--name", "A", "--role", "admin"},
      {"user", "add", "--db", db, "--email", "a@b.example", "--name", "A", "--role", "requester",
       "--unit", "1"},
      {"user", "add", "--db", db, "--email", "a@b.example", "--name", "A", "--role", "principal",
       "--unit", "ett"},
      {"user", "add", "--db", db, "--email", "a@b.example", "--name", "A", "--role", "principal",
       "--unit", "4711"},
      {"serve", "--db", db, "--port", "http", "--web-root", dir.path().string()},
      {"serve", "--db", db, "--port", "70000", "--web-root", dir.path().string()},
      {"serve", "--db", db, "--web-root", dir.path().string()},
      {"serve", "--db", db, "--port", "0", "--web-root", dir.path().string(), "--smtp", "relay"},
      {"serve", "--db", db, "--port", "0", "--web-root", dir.path().string(), "--smtp",
       "127.0.0.1:25", "--mail-from", "Anskaffa <a@b.example>"},
      {"serve", "--db", db, "--port", "0", "--web-root", dir.path().string(), "--public-url",
       "ftp://anskaffa.example/"},
      {"demo-data"},
  };
  for (const auto& args : bad) {
    std::string line;
    for (const auto& word : args) line += word + " ";
    INFO(line);
    const auto result = run_server_binary(args, password);
    CHECK(result.exit_code == 2);
    CHECK_FALSE(result.err.empty());
    CHECK(result.out.empty());
  }
  // An unknown command or option shows the usage text.
  CHECK(run_server_binary({"fly"}).err.find("usage:") != std::string::npos);
  CHECK(run_server_binary({"unit", "add", "--db", db, "--name", "X", "--colour", "blue"})
            .err.find("usage:") != std::string::npos);
}

TEST_CASE("user add refuses a missing or short password with exit code 2", "[cli]") {
  TempDir dir;
  const std::string db = (dir.path() / "cli.db").string();
  const std::vector<std::string> args = {"user",        "add",    "--db", db,       "--email",
                                         "a@b.example", "--name", "A",    "--role", "admin"};
  CHECK(run_server_binary(args, "").exit_code == 2);
  CHECK(run_server_binary(args, "kort\n").exit_code == 2);
  CHECK(run_server_binary(args, "tillräckligt långt\n").exit_code == 0);
}

TEST_CASE("demo-data seeds fictional units and a sign-in for every role, once", "[cli]") {
  TestServer server;
  const std::string db = server.db_path().string();
  const auto seeded = run_server_binary({"demo-data", "--db", db});
  INFO(seeded.err);
  REQUIRE(seeded.exit_code == 0);

  // "email  password  roles", then one line per sign-in.
  std::istringstream lines(seeded.out);
  std::string header;
  std::getline(lines, header);
  CHECK(std::regex_match(header, std::regex("email +password +roles")));
  std::set<std::string> roles_seen;
  std::map<std::string, std::pair<std::string, std::string>> by_role;  // role -> sign-in
  std::string line;
  while (std::getline(lines, line)) {
    std::smatch match;
    REQUIRE(std::regex_match(line, match, std::regex(R"((\S+) +(\S+) +(\S+))")));
    std::stringstream roles(match[3].str());
    for (std::string role; std::getline(roles, role, ',');) {
      roles_seen.insert(role);
      by_role.emplace(role, std::pair{match[1].str(), match[2].str()});
    }
  }
  CHECK(roles_seen ==
        std::set<std::string>{"requester", "principal", "reviewer", "infosec", "admin"});

  // Each role's printed password signs in over HTTP.
  for (const auto& [role, sign_in] : by_role) {
    INFO(role);
    CHECK(sign_in_status(server, sign_in.first, sign_in.second) == 200);
  }
  // At least eight units, and every principal answers for some.
  server.add_user("check@skola.example", "rätt häst batteri");
  const std::string cookie = server.sign_in("check@skola.example", "rätt häst batteri");
  CHECK(json::parse(server.client().get("/api/v1/units", {{"Cookie", cookie}}).body).size() >= 8);
  const auto& principal = by_role.at("principal");
  const json me =
      json::parse(server.client()
                      .post("/api/v1/session",
                            json{{"email", principal.first}, {"password", principal.second}}.dump())
                      .body);
  CHECK_FALSE(me["user"]["units"].empty());

  // A second run changes nothing.
  std::int64_t users_before = 0;
  {
    auto connection = server.database().connect();
    users_before = anskaffa::store::count_users(*connection);
  }
  const auto again = run_server_binary({"demo-data", "--db", db});
  CHECK(again.exit_code == 0);
  CHECK(again.out.empty());
  CHECK_FALSE(again.err.empty());
  auto connection = server.database().connect();
  CHECK(anskaffa::store::count_users(*connection) == users_before);
}

TEST_CASE("serve prints where it listens, answers, and stops cleanly on SIGTERM", "[cli]") {
  TempDir dir;
  const auto web_root = dir.path() / "web";
  anskaffa::testing::write_file(web_root / "index.html", "<!doctype html>");
  ServeProcess serve(
      {"--db", (dir.path() / "serve.db").string(), "--port", "0", "--web-root", web_root.string()});
  std::smatch match;
  const std::string line = serve.first_line();
  REQUIRE(std::regex_match(line, match, std::regex(R"(listening on http://127\.0\.0\.1:(\d+))")));
  anskaffa::testing::Client client(std::stoi(match[1].str()));
  CHECK(client.get("/healthz").status == 200);
  CHECK(client.get("/").status == 200);
  CHECK(serve.stop(SIGTERM) == 0);
}

TEST_CASE("serve stops cleanly on SIGINT too", "[cli]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "web");
  ServeProcess serve({"--db", (dir.path() / "serve.db").string(), "--port", "0", "--web-root",
                      (dir.path() / "web").string()});
  REQUIRE(serve.first_line().starts_with("listening on http://127.0.0.1:"));
  CHECK(serve.stop(SIGINT) == 0);
}

TEST_CASE(
    "serve --smtp sends an action's e-mail through the relay, from --mail-from, linking "
    "--public-url",
    "[cli]") {
  anskaffa::testing::SmtpReceiver relay;
  TempDir dir;
  const std::string db = (dir.path() / "serve.db").string();
  std::filesystem::create_directories(dir.path() / "web");
  ServeProcess serve({"--db", db, "--port", "0", "--web-root", (dir.path() / "web").string(),
                      "--smtp", "127.0.0.1:" + std::to_string(relay.port()), "--mail-from",
                      "anskaffa@skola.example", "--public-url", "https://anskaffa.skola.example/"});
  std::smatch match;
  const std::string line = serve.first_line();
  REQUIRE(std::regex_match(line, match, std::regex(R"(listening on http://127\.0\.0\.1:(\d+))")));
  anskaffa::testing::Client client(std::stoi(match[1].str()));

  // People added beside the running server, as an operator would.
  const auto unit = run_server_binary({"unit", "add", "--db", db, "--name", "Exempelskolan"});
  REQUIRE(unit.exit_code == 0);
  const std::string unit_id = unit.out.substr(0, unit.out.find('\n'));
  REQUIRE(run_server_binary({"user", "add", "--db", db, "--email", "rektor@skola.example", "--name",
                             "Per Rektor", "--role", "principal", "--unit", unit_id},
                            "rätt häst batteri\n")
              .exit_code == 0);
  REQUIRE(run_server_binary({"user", "add", "--db", db, "--email", "larare@skola.example", "--name",
                             "Åsa Lärare", "--role", "requester"},
                            "rätt häst batteri\n")
              .exit_code == 0);
  const auto signed_in = client.post(
      "/api/v1/session",
      json{{"email", "larare@skola.example"}, {"password", "rätt häst batteri"}}.dump());
  REQUIRE(signed_in.status == 200);
  const std::string cookie =
      signed_in.header("Set-Cookie").substr(0, signed_in.header("Set-Cookie").find(';'));
  // The real clock runs here: a start date safely ahead of it.
  json request = anskaffa::testing::WorkflowFixture::valid_request(std::stoll(unit_id));
  request["start_date"] = "2099-01-15";
  const auto submitted =
      client.post("/api/v1/requests", request.dump(), "application/json", {{"Cookie", cookie}});
  INFO(submitted.body);
  REQUIRE(submitted.status == 201);

  REQUIRE(relay.wait_for(1));
  const auto mail = relay.messages().at(0);
  CHECK(mail.from == "anskaffa@skola.example");
  CHECK(mail.to == "rektor@skola.example");
  CHECK(mail.data.find("https://anskaffa.skola.example/") != std::string::npos);
  CHECK(mail.data.find(json::parse(submitted.body).at("case_number").get<std::string>()) !=
        std::string::npos);
  CHECK(serve.stop(SIGTERM) == 0);
}

TEST_CASE("demo-data --people-only seeds the units and people and nothing else", "[cli]") {
  TestServer server;
  const auto seeded =
      run_server_binary({"demo-data", "--db", server.db_path().string(), "--people-only"});
  INFO(seeded.err);
  REQUIRE(seeded.exit_code == 0);
  CHECK(seeded.out.find("admin") != std::string::npos);
  auto connection = server.database().connect();
  CHECK(anskaffa::store::count_units(*connection) >= 8);
  CHECK(anskaffa::store::count_users(*connection) >= 5);
  for (const char* table : {"requests", "catalog_entries", "agreements", "audit_log"}) {
    INFO(table);
    auto query = connection->prepare(std::string("SELECT count(*) FROM ") + table);
    REQUIRE(query.step());
    CHECK(query.column_int64(0) == 0);
  }
}
