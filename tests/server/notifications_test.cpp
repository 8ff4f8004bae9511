// SPEC 5: each action tells the people it concerns in the app, with an unread marker and the
// reason on a refusal or a return; the actor is never told; each reads only their own.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/notification_walk.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Headers;
using anskaffa::testing::Person;
using anskaffa::testing::Response;
using anskaffa::testing::Step;
using anskaffa::testing::Walk;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

// The accounts told in the app of the latest event of kind on the request.
std::set<std::int64_t> told(WorkflowFixture& f, std::int64_t request_id, const std::string& kind) {
  auto connection = f.server.database().connect();
  auto query = connection->prepare(
      "SELECT user_id FROM notifications WHERE request_id = ?1 AND kind = ?2 AND created_at ="
      " (SELECT max(created_at) FROM notifications WHERE request_id = ?1 AND kind = ?2)");
  query.bind(1, request_id).bind(2, kind);
  std::set<std::int64_t> ids;
  std::size_t rows = 0;
  while (query.step()) {
    ids.insert(query.column_int64(0));
    ++rows;
  }
  CHECK(rows == ids.size());  // nobody told twice of one event
  return ids;
}

json notifications(WorkflowFixture& f, const Person& who, const std::string& query = "",
                   Headers headers = {}) {
  const Response response = f.server.client().get("/api/v1/notifications" + query,
                                                  with_cookie(who.cookie, std::move(headers)));
  INFO(response.body);
  REQUIRE(response.status == 200);
  return json::parse(response.body);
}

Response post(WorkflowFixture& f, const Person& who, const std::string& path) {
  return f.server.client().post(path, "", "application/json", with_cookie(who.cookie));
}

}  // namespace

TEST_CASE("every action tells in the app exactly the people SPEC 5 names, never the actor",
          "[notifications]") {
  WorkflowFixture f;
  Walk walk(f);
  int steps = 0;
  walk.run(
      [&](const Step& step) {
        ++steps;
        CHECK(told(f, step.request_id, step.kind) == step.accounts);
        CHECK_FALSE(step.accounts.contains(step.actor));
      },
      false);
  CHECK(steps == 21);
  // Without a relay nothing is queued for e-mail.
  CHECK(f.count("SELECT count(*) FROM outbox") == 0);
}

TEST_CASE("a return reaches the requester unread, with its reason, in their language",
          "[notifications]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "request_completion", {{"comment", "Ange fler årskurser."}})
              .status == 200);
  const json sv = notifications(f, f.principal_a);
  CHECK(sv.at("unread_count") == 1);
  CHECK(sv.at("total") == 1);
  CHECK(sv.at("page") == 1);
  CHECK(sv.at("per_page") == 20);
  REQUIRE(sv.at("items").size() == 1);
  const json& item = sv.at("items")[0];
  const std::string case_number = f.view(f.principal_a, id).at("case_number").get<std::string>();
  CHECK(item.at("request_id") == id);
  CHECK(item.at("case_number") == case_number);
  CHECK(item.at("resource_name") == "Kodknäckarna");
  CHECK(item.at("kind") == "request_completion");
  CHECK(item.at("comment") == "Ange fler årskurser.");
  CHECK(item.at("by") == json{{"id", f.reviewer.id}, {"name", "Test granskare@di.example"}});
  CHECK(item.at("from") == "in_review");
  CHECK(item.at("to") == "needs_completion");
  CHECK(item.at("created_at") == "2026-05-28T20:26:40Z");
  CHECK(item.at("read") == false);
  CHECK(item.at("text") ==
        "Test granskare@di.example ber om en komplettering av " + case_number + " (Kodknäckarna).");
  const json en = notifications(f, f.principal_a, "", {{"Accept-Language", "en"}});
  CHECK(en.at("items")[0].at("text") ==
        "Test granskare@di.example asks for " + case_number + " (Kodknäckarna) to be completed.");
}

TEST_CASE("reading marks one notification read, once, and only one's own", "[notifications]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.owner, id, "comment", {{"comment", "Fråga?"}}).status == 200);
  const json before = notifications(f, f.principal_a);
  REQUIRE(before.at("items").size() == 1);
  const std::int64_t nid = before.at("items")[0].at("id").get<std::int64_t>();
  const std::string path = "/api/v1/notifications/" + std::to_string(nid) + "/read";

  // Another user's notification is not found, and stays unread.
  CHECK(post(f, f.principal_b, path).status == 404);
  CHECK(post(f, f.owner, path).status == 404);
  CHECK(f.server.client().post(path, "", "application/json").status == 401);
  CHECK(notifications(f, f.principal_a).at("unread_count") == 1);

  const Response read = post(f, f.principal_a, path);
  CHECK(read.status == 200);
  CHECK(json::parse(read.body) == json{{"id", nid}, {"read", true}});
  *f.now += 60;
  CHECK(post(f, f.principal_a, path).status == 200);  // idempotent
  CHECK(f.count("SELECT read_at FROM notifications WHERE id = " + std::to_string(nid)) ==
        anskaffa::testing::fixture_now);  // the first reading's time is kept
  const json after = notifications(f, f.principal_a);
  CHECK(after.at("unread_count") == 0);
  CHECK(after.at("items")[0].at("read") == true);
  CHECK(notifications(f, f.principal_a, "?unread=true").at("items").empty());

  CHECK(post(f, f.principal_a, "/api/v1/notifications/999999/read").status == 404);
  CHECK(post(f, f.principal_a, "/api/v1/notifications/abc/read").status == 404);
}

TEST_CASE("all of one's notifications can be marked read at once, nobody else's",
          "[notifications]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.dual, id, "comment", {{"comment", "Hej"}}).status == 200);
  REQUIRE(notifications(f, f.reviewer).at("unread_count") == 2);  // submit, comment
  REQUIRE(notifications(f, f.reviewer2).at("unread_count") == 2);
  const Response all = post(f, f.reviewer, "/api/v1/notifications/read");
  CHECK(all.status == 200);
  CHECK(json::parse(all.body) == json{{"unread_count", 0}});
  CHECK(notifications(f, f.reviewer).at("unread_count") == 0);
  CHECK(notifications(f, f.reviewer).at("total") == 2);
  CHECK(notifications(f, f.reviewer2).at("unread_count") == 2);
  CHECK(f.server.client().post("/api/v1/notifications/read", "", "application/json").status == 401);
}

TEST_CASE("the list is one's own, newest first, paged and filtered by unread", "[notifications]") {
  WorkflowFixture f;
  CHECK(f.server.client().get("/api/v1/notifications").status == 401);
  const json empty = notifications(f, f.admin);
  CHECK(empty.at("items").empty());
  CHECK(empty.at("unread_count") == 0);

  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  for (const char* text : {"ett", "två", "tre"}) {
    REQUIRE(f.act_now(f.principal_a, id, "comment", {{"comment", text}}).status == 200);
  }
  // The owner hears of the principal's comments; the principal only of the submission.
  const json page1 = notifications(f, f.owner, "?per_page=2");
  CHECK(page1.at("total") == 3);
  REQUIRE(page1.at("items").size() == 2);
  CHECK(page1.at("items")[0].at("comment") == "tre");
  CHECK(page1.at("items")[1].at("comment") == "två");
  const json page2 = notifications(f, f.owner, "?per_page=2&page=2");
  REQUIRE(page2.at("items").size() == 1);
  CHECK(page2.at("items")[0].at("comment") == "ett");
  CHECK(notifications(f, f.principal_a).at("total") == 1);
  CHECK(notifications(f, f.other).at("total") == 0);

  const std::int64_t first = page2.at("items")[0].at("id").get<std::int64_t>();
  REQUIRE(post(f, f.owner, "/api/v1/notifications/" + std::to_string(first) + "/read").status ==
          200);
  const json unread = notifications(f, f.owner, "?unread=true");
  CHECK(unread.at("total") == 2);
  CHECK(unread.at("unread_count") == 2);
  CHECK(notifications(f, f.owner, "?unread=false").at("total") == 3);

  for (const char* bad : {"?unread=maybe", "?page=0", "?per_page=-1", "?page=x"}) {
    INFO(bad);
    CHECK(f.server.client()
              .get(std::string("/api/v1/notifications") + bad, with_cookie(f.owner.cookie))
              .status == 400);
  }
}

TEST_CASE("a notification about a request one can no longer see shows only its case number",
          "[notifications]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.owner, id, "withdraw").status == 200);
  const std::string case_number = f.view(f.owner, id).at("case_number").get<std::string>();
  {
    // The principal moves to the other unit.
    auto connection = f.server.database().connect();
    connection->write_transaction([&] {
      auto move = connection->prepare("UPDATE user_units SET unit_id = ?1 WHERE user_id = ?2");
      move.bind(1, f.unit_b).bind(2, f.principal_a.id);
      move.run();
    });
  }
  REQUIRE(f.get(f.principal_a, id).status == 404);
  const json list = notifications(f, f.principal_a);
  REQUIRE(list.at("items").size() == 2);  // the submission and the withdrawal
  for (const json& item : list.at("items")) {
    CHECK(item.at("case_number") == case_number);
    CHECK(item.at("resource_name").is_null());
    CHECK(item.at("comment").is_null());
    CHECK(item.at("by").is_null());
    CHECK(item.at("from").is_null());
    CHECK(item.at("to").is_null());
    const std::string text = item.at("text").get<std::string>();
    CHECK(text.find(case_number) != std::string::npos);
    CHECK(text.find("Kodknäckarna") == std::string::npos);
    CHECK(text.find("Test agare") == std::string::npos);
  }
}

TEST_CASE("disabled accounts are not told", "[notifications]") {
  WorkflowFixture f;
  {
    auto connection = f.server.database().connect();
    connection->write_transaction([&] {
      auto disable = connection->prepare("UPDATE users SET disabled = 1 WHERE id = ?1");
      disable.bind(1, f.reviewer2.id);
      disable.run();
    });
  }
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  CHECK(told(f, id, "submit") == std::set<std::int64_t>{f.reviewer.id, f.dual.id});
}

TEST_CASE("the register holder's account is told by the address the form gives",
          "[notifications]") {
  WorkflowFixture f;
  const std::int64_t holder = f.server.add_user("rut@skola.example", "rätt häst batteri",
                                                {"requester"}, {}, "Rut Registerhållare");
  nlohmann::json request = f.valid_request(f.unit_a);
  request["register_holder_email"] = " RUT@skola.example ";
  const std::int64_t id = f.in_review_with_dpa(f.owner, request);
  REQUIRE(f.act_now(f.reviewer, id, "approve").status == 200);
  CHECK(told(f, id, "approve") == std::set<std::int64_t>{f.owner.id, f.principal_a.id, holder});
}

TEST_CASE("a user who is both the requester and the unit's principal is told once",
          "[notifications]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "reject", {{"comment", "Nej."}}).status == 200);
  CHECK(told(f, id, "reject") == std::set<std::int64_t>{f.principal_a.id});
  CHECK(f.count("SELECT count(*) FROM notifications WHERE request_id = " + std::to_string(id) +
                " AND kind = 'reject'") == 1);
}
