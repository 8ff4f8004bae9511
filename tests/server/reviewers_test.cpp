// GET /api/v1/reviewers: who a request can be assigned to, for reviewers and security
// coordinators only, and every one of them an assignee assign accepts.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Person;
using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

Response reviewers(WorkflowFixture& f, const Person& who) {
  return f.server.client().get("/api/v1/reviewers", with_cookie(who.cookie));
}

}  // namespace

TEST_CASE("the reviewers are listed by name to reviewers and security coordinators",
          "[reviewers]") {
  WorkflowFixture f;
  for (const Person* who : {&f.reviewer, &f.infosec}) {
    const Response r = reviewers(f, *who);
    REQUIRE(r.status == 200);
    const json list = json::parse(r.body);
    REQUIRE(list.is_array());
    // The fixture's names are "Test " + e-mail: dubbel@, granskare2@, granskare@ in byte order.
    REQUIRE(list.size() == 3);
    CHECK(list[0] == json{{"id", f.dual.id}, {"name", "Test dubbel@di.example"}});
    CHECK(list[1] == json{{"id", f.reviewer2.id}, {"name", "Test granskare2@di.example"}});
    CHECK(list[2] == json{{"id", f.reviewer.id}, {"name", "Test granskare@di.example"}});
  }
}

TEST_CASE("the reviewers list is refused to other roles and to no one signed in", "[reviewers]") {
  WorkflowFixture f;
  for (const Person* who : {&f.owner, &f.principal_a, &f.admin}) {
    const Response r = reviewers(f, *who);
    CHECK(r.status == 403);
    CHECK(json::parse(r.body).at("error").at("code") == "not_allowed");
  }
  CHECK(f.server.client().get("/api/v1/reviewers").status == 401);
}

TEST_CASE("a disabled reviewer is not offered, and each one offered can be assigned",
          "[reviewers]") {
  WorkflowFixture f;
  {
    auto connection = f.server.database().connect();
    connection->write_transaction([&] {
      const std::string sql =
          "UPDATE users SET disabled = 1 WHERE id = " + std::to_string(f.dual.id);
      connection->exec(sql.c_str());
    });
  }
  const json list = json::parse(reviewers(f, f.reviewer).body);
  REQUIRE(list.size() == 2);
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  for (const json& item : list) {
    const Response r = f.act_now(f.reviewer, id, "assign", {{"assignee", item.at("id")}});
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("assignee") == item.at("id"));
  }
}
