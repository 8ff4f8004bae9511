// SPEC 1's administration over HTTP: an administrator creates accounts, changes their roles and
// units, disables them (their sessions stop working and sign-in refuses them) and sets new
// passwords; adds and renames units. Every change is audited, no answer carries a password hash,
// the last administrator cannot lock themselves out, and bad bodies change nothing.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Person;
using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

const std::string new_password = "ett nytt långt lösenord";

json new_user(std::int64_t unit) {
  return {{"email", "  Ny.Rektor@Skola.example "},
          {"name", "Nina Rektorsson"},
          {"roles", {"principal", "requester"}},
          {"units", {unit}},
          {"password", new_password}};
}

Response post(WorkflowFixture& f, const Person& who, const std::string& path, const json& body) {
  return f.server.client().post(path, body.dump(), "application/json", with_cookie(who.cookie));
}

Response put(WorkflowFixture& f, const Person& who, const std::string& path, const json& body) {
  return f.server.client().put(path, body.dump(), "application/json", with_cookie(who.cookie));
}

std::int64_t created(WorkflowFixture& f, const json& body) {
  const Response response = post(f, f.admin, "/api/v1/users", body);
  INFO(response.body);
  REQUIRE(response.status == 201);
  return json::parse(response.body).at("id").get<std::int64_t>();
}

// The codes of a 422's findings, as "field:code".
std::vector<std::string> finding_codes(const Response& response) {
  std::vector<std::string> codes;
  const json body = json::parse(response.body);
  for (const json& f : body.at("error").value("findings", json::array())) {
    codes.push_back(f.at("field").get<std::string>() + ":" + f.at("code").get<std::string>());
  }
  return codes;
}

json listed_user(WorkflowFixture& f, const std::string& q) {
  const Response response =
      f.server.client().get("/api/v1/users?q=" + q, with_cookie(f.admin.cookie));
  REQUIRE(response.status == 200);
  const json body = json::parse(response.body);
  REQUIRE(body.at("items").size() == 1);
  return body.at("items").at(0);
}

}  // namespace

TEST_CASE("admin: an account is created with roles and units, and listed", "[admin]") {
  WorkflowFixture f;
  const std::int64_t id = created(f, new_user(f.unit_a));
  const json user = listed_user(f, "rektorsson");
  CHECK(user == json{{"id", id},
                     {"email", "ny.rektor@skola.example"},
                     {"name", "Nina Rektorsson"},
                     {"roles", {"principal", "requester"}},
                     {"units", {f.unit_a}},
                     {"disabled", false}});
  // The whole list is paged and never carries a hash.
  const Response all =
      f.server.client().get("/api/v1/users?per_page=3&page=2", with_cookie(f.admin.cookie));
  REQUIRE(all.status == 200);
  const json page = json::parse(all.body);
  CHECK(page.at("total") == 10);
  CHECK(page.at("page") == 2);
  CHECK(page.at("items").size() == 3);
  CHECK(all.body.find("argon2") == std::string::npos);
  CHECK(all.body.find("password") == std::string::npos);
  // The new account signs in with its password.
  CHECK_FALSE(f.server.sign_in("ny.rektor@skola.example", new_password).empty());
  // Audited at the server's time, by the administrator.
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'create'"
                " AND entity_id = " +
                std::to_string(id) + " AND at = " + std::to_string(f.now->load()) +
                " AND user_id = " + std::to_string(f.admin.id)) == 1);
}

TEST_CASE("admin: a taken e-mail, a bad field or a short password is refused", "[admin]") {
  WorkflowFixture f;
  const std::int64_t users = f.count("SELECT count(*) FROM users");
  json body = new_user(f.unit_a);
  body["email"] = "AGARE@skola.example";
  Response response = post(f, f.admin, "/api/v1/users", body);
  CHECK(response.status == 422);
  CHECK(finding_codes(response) == std::vector<std::string>{"email:email_taken"});

  body = new_user(f.unit_a);
  body["password"] = "kort";
  body["roles"] = {"principal", "owner"};
  body["units"] = json::array();
  body["email"] = "inte-en-adress";
  response = post(f, f.admin, "/api/v1/users", body);
  CHECK(response.status == 422);
  const auto codes = finding_codes(response);
  CHECK(std::find(codes.begin(), codes.end(), "email:invalid_email") != codes.end());
  CHECK(std::find(codes.begin(), codes.end(), "roles:out_of_range") != codes.end());
  CHECK(std::find(codes.begin(), codes.end(), "password:too_short") != codes.end());

  body = new_user(f.unit_a);
  body["units"] = {999};
  CHECK(finding_codes(post(f, f.admin, "/api/v1/users", body)) ==
        std::vector<std::string>{"units:unknown_unit"});
  body = new_user(f.unit_a);
  body["is_admin"] = true;
  CHECK(finding_codes(post(f, f.admin, "/api/v1/users", body)) ==
        std::vector<std::string>{"is_admin:unknown_field"});
  body = new_user(f.unit_a);
  body["roles"] = "admin";
  CHECK(finding_codes(post(f, f.admin, "/api/v1/users", body)) ==
        std::vector<std::string>{"roles:wrong_type"});
  body = new_user(f.unit_a);
  body.erase("password");
  CHECK(finding_codes(post(f, f.admin, "/api/v1/users", body)) ==
        std::vector<std::string>{"password:required"});
  CHECK(f.server.client()
            .post("/api/v1/users", "[1]", "application/json", with_cookie(f.admin.cookie))
            .status == 400);
  CHECK(f.server.client()
            .post("/api/v1/users", "{\"email\":", "application/json", with_cookie(f.admin.cookie))
            .status == 400);
  // Nothing of it was stored or audited.
  CHECK(f.count("SELECT count(*) FROM users") == users);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'user'") == 0);
}

TEST_CASE("admin: roles and units are changed, and the change is audited", "[admin]") {
  WorkflowFixture f;
  const std::int64_t id = created(f, new_user(f.unit_a));
  const std::string path = "/api/v1/users/" + std::to_string(id);
  Response response =
      put(f, f.admin, path, {{"name", "Nina R"}, {"roles", {"principal"}}, {"units", {f.unit_b}}});
  INFO(response.body);
  REQUIRE(response.status == 200);
  const json user = json::parse(response.body);
  CHECK(user.at("name") == "Nina R");
  CHECK(user.at("roles") == json{"principal"});
  CHECK(user.at("units") == json{f.unit_b});
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'update'"
                " AND entity_id = " +
                std::to_string(id)) == 1);

  // A principal without units, and units for a reviewer, are refused and change nothing.
  response = put(f, f.admin, path, {{"units", json::array()}});
  CHECK(finding_codes(response) == std::vector<std::string>{"units:principal_needs_unit"});
  response = put(f, f.admin, path, {{"roles", {"reviewer"}}});
  CHECK(finding_codes(response) == std::vector<std::string>{"units:units_need_principal"});
  response = put(f, f.admin, path, {{"roles", {"reviewer"}}, {"units", json::array()}});
  CHECK(response.status == 200);
  CHECK(json::parse(response.body).at("units") == json::array());
  CHECK(put(f, f.admin, path, {{"disabled", "yes"}}).status == 422);
  CHECK(put(f, f.admin, path, {{"password", "x"}}).status == 422);
  CHECK(put(f, f.admin, "/api/v1/users/9999", {{"name", "X"}}).status == 404);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'update'") == 2);
}

TEST_CASE("admin: a disabled account's session stops working and it cannot sign in", "[admin]") {
  WorkflowFixture f;
  const std::string path = "/api/v1/users/" + std::to_string(f.owner.id);
  CHECK(f.server.client().get("/api/v1/session", with_cookie(f.owner.cookie)).status == 200);
  REQUIRE(put(f, f.admin, path, {{"disabled", true}}).status == 200);
  CHECK(f.server.client().get("/api/v1/session", with_cookie(f.owner.cookie)).status == 401);
  CHECK(f.server.sign_in(f.owner.email, "rätt häst batteri").empty());
  CHECK(f.count("SELECT count(*) FROM sessions WHERE user_id = " + std::to_string(f.owner.id)) ==
        0);
  // Enabled again, the account signs in as before.
  REQUIRE(put(f, f.admin, path, {{"disabled", false}}).status == 200);
  CHECK_FALSE(f.server.sign_in(f.owner.email, "rätt häst batteri").empty());
}

TEST_CASE("admin: a new password replaces the old one and ends the sessions", "[admin]") {
  WorkflowFixture f;
  const std::string path = "/api/v1/users/" + std::to_string(f.owner.id) + "/password";
  CHECK(post(f, f.admin, path, {{"password", "kort"}}).status == 422);
  CHECK(post(f, f.admin, path, {{"password", new_password}, {"extra", 1}}).status == 422);
  CHECK(post(f, f.admin, "/api/v1/users/9999/password", {{"password", new_password}}).status ==
        404);
  CHECK_FALSE(f.server.sign_in(f.owner.email, "rätt häst batteri").empty());  // unchanged so far

  const Response response = post(f, f.admin, path, {{"password", new_password}});
  CHECK(response.status == 204);
  CHECK(response.body.empty());
  CHECK(f.server.client().get("/api/v1/session", with_cookie(f.owner.cookie)).status == 401);
  CHECK(f.server.sign_in(f.owner.email, "rätt häst batteri").empty());
  CHECK_FALSE(f.server.sign_in(f.owner.email, new_password).empty());
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = "
                "'reset_password' AND entity_id = " +
                std::to_string(f.owner.id)) == 1);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE details LIKE '%argon%'") == 0);
}

TEST_CASE("admin: an administrator cannot disable themselves or drop their own admin role",
          "[admin]") {
  WorkflowFixture f;
  const std::string path = "/api/v1/users/" + std::to_string(f.admin.id);
  for (const json& body : {json{{"disabled", true}}, json{{"roles", {"reviewer"}}}}) {
    const Response response = put(f, f.admin, path, body);
    CHECK(response.status == 422);
    const json error = json::parse(response.body).at("error");
    CHECK(error.at("code") == "own_account");
    CHECK_FALSE(error.at("message").get<std::string>().empty());
  }
  CHECK(f.server.client().get("/api/v1/session", with_cookie(f.admin.cookie)).status == 200);
  // Their own name, and another role beside admin, are theirs to change.
  CHECK(put(f, f.admin, path, {{"name", "Ada Admin"}, {"roles", {"admin", "requester"}}}).status ==
        200);
}

TEST_CASE("admin: units are added and renamed, audited", "[admin]") {
  WorkflowFixture f;
  Response response =
      post(f, f.admin, "/api/v1/units", {{"name", " Västerskolan "}, {"school_form", "gymnasium"}});
  REQUIRE(response.status == 201);
  const std::int64_t id = json::parse(response.body).at("id").get<std::int64_t>();
  const std::string path = "/api/v1/units/" + std::to_string(id);
  response = put(f, f.admin, path, {{"name", "Västra skolan"}});
  REQUIRE(response.status == 200);
  CHECK(json::parse(response.body) ==
        json{{"id", id}, {"name", "Västra skolan"}, {"school_form", "gymnasium"}});
  const Response units = f.server.client().get("/api/v1/units", with_cookie(f.owner.cookie));
  CHECK(units.body.find("Västra skolan") != std::string::npos);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'unit' AND entity_id = " +
                std::to_string(id)) == 2);

  CHECK(finding_codes(post(f, f.admin, "/api/v1/units", {{"school_form", "x"}})) ==
        std::vector<std::string>{"name:required"});
  CHECK(finding_codes(put(f, f.admin, path, {{"name", " "}})) ==
        std::vector<std::string>{"name:required"});
  CHECK(finding_codes(put(f, f.admin, path, {{"colour", "blå"}})) ==
        std::vector<std::string>{"colour:unknown_field"});
  CHECK(put(f, f.admin, "/api/v1/units/9999", {{"name", "X"}}).status == 404);
  CHECK(f.count("SELECT count(*) FROM units") == 3);
}

TEST_CASE("admin: only an administrator manages users and units", "[admin]") {
  WorkflowFixture f;
  const std::string user = "/api/v1/users/" + std::to_string(f.owner.id);
  const std::string unit = "/api/v1/units/" + std::to_string(f.unit_a);
  for (const Person* who : {&f.owner, &f.principal_a, &f.reviewer, &f.infosec, &f.dual}) {
    INFO(who->email);
    CHECK(f.server.client().get("/api/v1/users", with_cookie(who->cookie)).status == 403);
    CHECK(post(f, *who, "/api/v1/users", new_user(f.unit_a)).status == 403);
    CHECK(put(f, *who, user, {{"disabled", true}}).status == 403);
    CHECK(post(f, *who, user + "/password", {{"password", new_password}}).status == 403);
    CHECK(post(f, *who, "/api/v1/units", {{"name", "X"}}).status == 403);
    CHECK(put(f, *who, unit, {{"name", "X"}}).status == 403);
  }
  auto client = f.server.client();
  CHECK(client.get("/api/v1/users").status == 401);
  CHECK(client.post("/api/v1/users", new_user(f.unit_a).dump()).status == 401);
  CHECK(client.put(user, "{}").status == 401);
  CHECK(client.post(user + "/password", "{}").status == 401);
  CHECK(client.post("/api/v1/units", "{}").status == 401);
  CHECK(client.put(unit, "{}").status == 401);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity IN ('user', 'unit')") == 0);
  CHECK(client.get("/api/v1/session", with_cookie(f.owner.cookie)).status == 200);
}
