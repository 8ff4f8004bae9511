// Issue 9: what a client may not choose. Fields the server owns (state, version, owner, roles)
// sent in a body, and a session token chosen by an attacker before sign-in, each refused
// with nothing changed in the database.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

bool has_finding_in_body(const Response& response, const std::string& field,
                         const std::string& code) {
  const json body = json::parse(response.body, nullptr, false);
  if (body.is_discarded() || !body.contains("error")) return false;
  for (const json& finding : body.at("error").value("findings", json::array())) {
    if (finding.at("field") == field && finding.at("code") == code) return true;
  }
  return false;
}

// The request's row as the server keeps it.
std::string row_of(WorkflowFixture& f, std::int64_t id) {
  auto connection = f.server.database().connect();
  auto query = connection->prepare(
      "SELECT state || '|' || version || '|' || owner_id || '|' || unit_id FROM requests "
      "WHERE id = " +
      std::to_string(id));
  REQUIRE(query.step());
  return query.column_text(0);
}

std::string roles_of(WorkflowFixture& f, std::int64_t user_id) {
  auto connection = f.server.database().connect();
  auto query = connection->prepare(
      "SELECT coalesce(group_concat(role, ','), '') FROM "
      "(SELECT role FROM user_roles WHERE user_id = " +
      std::to_string(user_id) + " ORDER BY role)");
  REQUIRE(query.step());
  return query.column_text(0);
}

}  // namespace

TEST_CASE("state, version, owner and roles in an action body are refused and change nothing",
          "[attacks][access]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  const std::string before = row_of(f, id);
  const std::int64_t events = f.count("SELECT count(*) FROM request_events");
  const json planted[] = {{{"state", "approved"}},    {{"owner_id", f.other.id}},
                          {{"owner", f.other.id}},    {{"roles", {"reviewer"}}},
                          {{"to_state", "approved"}}, {{"unit_id", f.unit_b}}};
  for (const json& extra : planted) {
    const std::string key = extra.begin().key();
    INFO(key);
    json body = extra;
    body["action"] = "comment";
    body["comment"] = "Hej";
    body["version"] = f.version(id);
    const Response response = f.act(f.owner, id, body);
    CHECK(response.status == 422);
    CHECK(has_finding_in_body(response, key, "unknown_field"));
    CHECK(row_of(f, id) == before);
  }
  CHECK(f.count("SELECT count(*) FROM request_events") == events);
  // Without the planted member the same action is taken: the refusals were the members' doing.
  CHECK(f.act_now(f.owner, id, "comment", {{"comment", "Hej"}}).status == 200);
}

TEST_CASE("a requester cannot give themself roles or units through the user endpoints",
          "[attacks][access]") {
  WorkflowFixture f;
  const std::string before = roles_of(f, f.owner.id);
  REQUIRE(before == "requester");
  auto client = f.server.client();
  const json promote = {{"roles", {"admin", "reviewer"}}};
  for (const auto* who : {&f.owner, &f.reviewer, &f.principal_a}) {
    INFO(who->email);
    const Response response =
        client.put("/api/v1/users/" + std::to_string(f.owner.id), promote.dump(),
                   "application/json", with_cookie(who->cookie));
    CHECK(response.status == 403);
  }
  CHECK(client
            .post("/api/v1/users",
                  json{{"email", "ny@skola.example"},
                       {"name", "Ny"},
                       {"roles", {"admin"}},
                       {"password", "ett långt lösenord"}}
                      .dump(),
                  "application/json", with_cookie(f.owner.cookie))
            .status == 403);
  CHECK(roles_of(f, f.owner.id) == before);
  CHECK(f.count("SELECT count(*) FROM users WHERE email = 'ny@skola.example'") == 0);
  // The administrator's own edit is taken, so the refusals above were the role's doing.
  CHECK(client
            .put("/api/v1/users/" + std::to_string(f.owner.id), promote.dump(), "application/json",
                 with_cookie(f.admin.cookie))
            .status == 200);
  CHECK(roles_of(f, f.owner.id) == "admin,reviewer");
}

TEST_CASE("a sign-in body cannot choose roles, a user or a session", "[attacks][session]") {
  WorkflowFixture f;
  auto client = f.server.client();
  const std::int64_t sessions = f.count("SELECT count(*) FROM sessions");
  const json planted[] = {
      {{"roles", {"admin"}}}, {{"user_id", f.admin.id}}, {{"id", f.admin.id}}, {{"token", "abc"}}};
  for (const json& extra : planted) {
    const std::string key = extra.begin().key();
    INFO(key);
    json body = extra;
    body["email"] = f.owner.email;
    body["password"] = "rätt häst batteri";
    const Response response = client.post("/api/v1/session", body.dump());
    CHECK(response.status == 422);
    CHECK(has_finding_in_body(response, key, "unknown_field"));
    CHECK_FALSE(response.has_header("Set-Cookie"));
  }
  CHECK(f.count("SELECT count(*) FROM sessions") == sessions);
  CHECK(roles_of(f, f.owner.id) == "requester");
}

TEST_CASE("a session token planted before sign-in never becomes the session (fixation)",
          "[attacks][session]") {
  WorkflowFixture f;
  auto client = f.server.client();
  const std::string planted = "anskaffa_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  const std::string password = "rätt häst batteri";
  const Response signed_in =
      client.post("/api/v1/session", json{{"email", f.owner.email}, {"password", password}}.dump(),
                  "application/json", {{"Cookie", planted}});
  REQUIRE(signed_in.status == 200);
  const std::string set_cookie = signed_in.header("Set-Cookie");
  CHECK(set_cookie.starts_with("anskaffa_session="));
  CHECK(set_cookie.find("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") == std::string::npos);
  CHECK(client.get("/api/v1/session", {{"Cookie", planted}}).status == 401);
  CHECK(client.get("/api/v1/session", {{"Cookie", set_cookie.substr(0, set_cookie.find(';'))}})
            .status == 200);
}
