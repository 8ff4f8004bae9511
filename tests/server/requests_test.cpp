// SPEC 8's request endpoints: submitting, listing, reading and editing, each success and each
// error status they give.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

std::string request_error_code(const Response& response) {
  return json::parse(response.body).at("error").at("code").get<std::string>();
}

bool request_has_finding(const Response& response, const std::string& field,
                         const std::string& code) {
  const json body = json::parse(response.body);
  for (const json& f : body.at("error").at("findings")) {
    if (f.at("field") == field && f.at("code") == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("submitting a valid request answers 201 with its id, case number, state and version",
          "[requests]") {
  WorkflowFixture f;
  const Response response = f.submit(f.owner, f.valid_request(f.unit_a));
  REQUIRE(response.status == 201);
  const json body = json::parse(response.body);
  CHECK(body.at("case_number") == "ANS-2026-0001");
  CHECK(body.at("state") == "awaiting_principal");
  CHECK(body.at("version") == 1);
  CHECK(body.size() == 4);
  const json second = json::parse(f.submit(f.other, f.valid_request(f.unit_b)).body);
  CHECK(second.at("case_number") == "ANS-2026-0002");
}

TEST_CASE("case numbers run per year of submission", "[requests]") {
  WorkflowFixture f;
  f.submitted(f.owner, f.valid_request(f.unit_a));
  *f.now = anskaffa::testing::fixture_now + 250 * anskaffa::testing::one_day;  // 2027-02
  f.sign_in_again(f.owner);  // the week-long session has ended meanwhile
  json request = f.valid_request(f.unit_a);
  request["start_date"] = "2027-03-01";
  const json body = json::parse(f.submit(f.owner, request).body);
  CHECK(body.at("case_number") == "ANS-2027-0001");
}

TEST_CASE("a principal's request for their own unit skips the principal step", "[requests]") {
  WorkflowFixture f;
  const json own = json::parse(f.submit(f.principal_a, f.valid_request(f.unit_a)).body);
  CHECK(own.at("state") == "in_review");
  const json other_unit = json::parse(f.submit(f.principal_a, f.valid_request(f.unit_b)).body);
  CHECK(other_unit.at("state") == "awaiting_principal");
}

TEST_CASE("a request with error findings is refused 422 and nothing is stored", "[requests]") {
  WorkflowFixture f;
  json request = f.valid_request(f.unit_a);
  request.erase("description");
  request["user_count"] = "tio";
  request["state"] = "approved";  // a field no client may set
  const Response response = f.submit(f.owner, request);
  INFO(response.body);
  REQUIRE(response.status == 422);
  CHECK(request_error_code(response) == "invalid_request");
  CHECK(request_has_finding(response, "description", "required"));
  CHECK(request_has_finding(response, "user_count", "wrong_type"));
  CHECK(request_has_finding(response, "state", "unknown_field"));
  const json body = json::parse(response.body);
  for (const json& finding : body.at("error").at("findings")) {
    CHECK(finding.at("severity") == "error");
  }
  CHECK(f.count("SELECT count(*) FROM requests") == 0);
}

TEST_CASE("version, owner and id in a submitted request are refused as unknown fields",
          "[requests]") {
  WorkflowFixture f;
  for (const char* key : {"version", "owner", "owner_id", "id", "case_number", "roles"}) {
    json request = f.valid_request(f.unit_a);
    request[key] = 7;
    const Response response = f.submit(f.owner, request);
    INFO(key);
    CHECK(response.status == 422);
    CHECK(request_has_finding(response, key, "unknown_field"));
  }
  CHECK(f.count("SELECT count(*) FROM requests") == 0);
}

TEST_CASE("submitting needs a session, a JSON object and the requester or principal role",
          "[requests]") {
  WorkflowFixture f;
  auto client = f.server.client();
  CHECK(client.post("/api/v1/requests", f.valid_request(f.unit_a).dump()).status == 401);
  CHECK(client.post("/api/v1/requests", "[1]", "application/json", with_cookie(f.owner.cookie))
            .status == 400);
  CHECK(client.post("/api/v1/requests", "{", "application/json", with_cookie(f.owner.cookie))
            .status == 400);
  CHECK(client.post("/api/v1/requests", "{}", "text/plain", with_cookie(f.owner.cookie)).status ==
        415);
  for (const auto* who : {&f.reviewer, &f.infosec, &f.admin}) {
    const Response response = f.submit(*who, f.valid_request(f.unit_a));
    CHECK(response.status == 403);
    CHECK(request_error_code(response) == "not_allowed");
  }
}

TEST_CASE("SQL in text fields is stored literally", "[requests]") {
  WorkflowFixture f;
  json request = f.valid_request(f.unit_a);
  request["resource_name"] = "x'); DROP TABLE requests; --";
  const std::int64_t id = f.submitted(f.owner, request);
  CHECK(f.view(f.owner, id).at("request").at("resource_name") == "x'); DROP TABLE requests; --");
  CHECK(f.count("SELECT count(*) FROM requests") == 1);
}

TEST_CASE("a request reads back in the fixed shape with its timeline and allowed actions",
          "[requests]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  const json view = f.view(f.principal_a, id);
  for (const char* key :
       {"id", "case_number", "state", "version", "kind", "request", "risk", "findings", "assignee",
        "created_at", "updated_at", "timeline", "comments", "attachments", "allowed_actions"}) {
    INFO(key);
    CHECK(view.contains(key));
  }
  CHECK(view.at("kind") == "new_resource");
  CHECK(view.at("risk").at("level") == "medium");
  CHECK(view.at("request") == f.valid_request(f.unit_a));
  CHECK(view.at("assignee").is_null());
  REQUIRE(view.at("timeline").size() == 1);
  const json& submitted = view.at("timeline")[0];
  CHECK(submitted.at("action") == "submit");
  CHECK(submitted.at("by") == f.owner.id);
  CHECK(submitted.at("to") == "awaiting_principal");
  CHECK(view.at("allowed_actions") == json{"principal_approve", "principal_decline", "comment"});
  CHECK(f.view(f.owner, id).at("allowed_actions") == json{"withdraw", "comment"});
}

TEST_CASE("reading an unknown or malformed id answers 404", "[requests]") {
  WorkflowFixture f;
  CHECK(f.get(f.reviewer, 999).status == 404);
  CHECK(f.server.client().get("/api/v1/requests/abc", with_cookie(f.reviewer.cookie)).status ==
        404);
  CHECK(f.server.client().get("/api/v1/requests/1").status == 401);
}

TEST_CASE("the list shows what the user may see, filtered, sorted and paged", "[requests]") {
  WorkflowFixture f;
  const std::int64_t a = f.submitted(f.owner, f.valid_request(f.unit_a));
  json low = f.request_without_personal_data(f.unit_b);
  low["resource_name"] = "Läslyftet";
  const std::int64_t b = f.submitted(f.other, low);
  auto client = f.server.client();
  const auto list = [&](const anskaffa::testing::Person& who, const std::string& query) {
    const Response response = client.get("/api/v1/requests" + query, with_cookie(who.cookie));
    INFO(response.body);
    REQUIRE(response.status == 200);
    return json::parse(response.body);
  };
  const auto ids = [](const json& page) {
    std::vector<std::int64_t> found;
    for (const json& item : page.at("items")) found.push_back(item.at("id").get<std::int64_t>());
    return found;
  };
  CHECK(ids(list(f.owner, "")) == std::vector<std::int64_t>{a});
  CHECK(ids(list(f.principal_b, "")) == std::vector<std::int64_t>{b});
  CHECK(ids(list(f.admin, "")).empty());
  const json all = list(f.reviewer, "?sort=risk");
  CHECK(ids(all) == std::vector<std::int64_t>{a, b});  // medium before low
  CHECK(all.at("total") == 2);
  CHECK(all.at("page") == 1);
  CHECK(all.at("per_page") == 50);
  const json& item = all.at("items")[0];
  for (const char* key : {"id", "case_number", "state", "kind", "resource_name", "unit_id", "risk",
                          "assignee", "created_at", "updated_at"}) {
    INFO(key);
    CHECK(item.contains(key));
  }
  CHECK(ids(list(f.reviewer, "?risk=low")) == std::vector<std::int64_t>{b});
  CHECK(ids(list(f.reviewer, "?unit_id=" + std::to_string(f.unit_a))) ==
        std::vector<std::int64_t>{a});
  CHECK(ids(list(f.reviewer, "?q=l%C3%84sLYFT")) == std::vector<std::int64_t>{b});
  CHECK(ids(list(f.reviewer, "?q=ANS-2026-0001")) == std::vector<std::int64_t>{a});
  CHECK(ids(list(f.reviewer, "?q=%25")).empty());  // % is a character, not a wildcard
  CHECK(ids(list(f.reviewer, "?q=%27%20OR%201%3D1%20--")).empty());
  CHECK(ids(list(f.reviewer, "?state=in_review")).empty());
  CHECK(ids(list(f.reviewer, "?assignee=none")).size() == 2);
  CHECK(ids(list(f.reviewer, "?assignee=me")).empty());
  const json paged = list(f.reviewer, "?per_page=1&page=2&sort=waiting");
  CHECK(ids(paged) == std::vector<std::int64_t>{b});
  CHECK(paged.at("total") == 2);
  CHECK(list(f.reviewer, "?per_page=5000").at("per_page") == 200);
  for (const char* bad :
       {"?page=0", "?sort=name", "?state=open", "?risk=huge", "?assignee=x", "?owner=7"}) {
    INFO(bad);
    CHECK(
        client.get(std::string("/api/v1/requests") + bad, with_cookie(f.reviewer.cookie)).status ==
        400);
  }
  CHECK(client.get("/api/v1/requests").status == 401);
}

TEST_CASE("owner=me lists one's own, open=1 the open; the risk order puts the unassigned first",
          "[requests]") {
  WorkflowFixture f;
  // The dual-role account submits one request and, as a reviewer, sees the other's too.
  const std::int64_t own = f.submitted(f.dual, f.valid_request(f.unit_a));
  const std::int64_t others = f.submitted(f.owner, f.valid_request(f.unit_a));
  const std::int64_t third = f.submitted(f.owner, f.valid_request(f.unit_a));
  auto client = f.server.client();
  const auto ids = [&](const anskaffa::testing::Person& who, const std::string& query) {
    const Response response = client.get("/api/v1/requests" + query, with_cookie(who.cookie));
    REQUIRE(response.status == 200);
    std::vector<std::int64_t> found;
    for (const json& item : json::parse(response.body).at("items")) {
      found.push_back(item.at("id").get<std::int64_t>());
    }
    return found;
  };
  CHECK(ids(f.dual, "?owner=me") == std::vector<std::int64_t>{own});
  CHECK(ids(f.dual, "").size() == 3);
  CHECK(ids(f.owner, "?owner=me&sort=waiting") == std::vector<std::int64_t>{others, third});
  // The queue's "open": a withdrawn request leaves it.
  REQUIRE(f.act_now(f.owner, third, "withdraw").status == 200);
  CHECK(ids(f.reviewer, "?open=1&sort=waiting") == std::vector<std::int64_t>{own, others});
  CHECK(ids(f.reviewer, "?sort=waiting").size() == 3);
  CHECK(client.get("/api/v1/requests?open=yes", with_cookie(f.reviewer.cookie)).status == 400);
  // Both are of the same risk; assigning the oldest puts it after the unassigned one.
  REQUIRE(f.act_now(f.reviewer, own, "assign").status == 200);
  CHECK(ids(f.reviewer, "?sort=risk&open=1") == std::vector<std::int64_t>{others, own});
  // The queue names who has each request, so a reviewer sees a colleague's load at a glance.
  const json listed =
      json::parse(
          client.get("/api/v1/requests?open=1&sort=risk", with_cookie(f.reviewer.cookie)).body)
          .at("items");
  REQUIRE(listed.size() == 2);
  CHECK(listed[0].at("assignee_name").is_null());
  CHECK(listed[1].at("assignee_name") == "Test " + f.reviewer.email);
}

TEST_CASE("the owner edits a request in needs_completion; the findings come back", "[requests]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));  // in_review
  REQUIRE(
      f.act_now(f.reviewer, id, "request_completion", {{"comment", "Ange leverantören."}}).status ==
      200);
  const std::int64_t version = f.version(id);
  json edited = f.valid_request(f.unit_a);
  edited.erase("supplier_name");

  SECTION("an edit saves, adds 1 to the version and returns the findings") {
    const Response response = f.put(f.principal_a, id, {{"version", version}, {"request", edited}});
    INFO(response.body);
    REQUIRE(response.status == 200);
    const json view = json::parse(response.body);
    CHECK(view.at("version") == version + 1);
    CHECK_FALSE(view.at("request").contains("supplier_name"));
    bool required = false;
    for (const json& finding : view.at("findings")) {
      required =
          required || (finding.at("field") == "supplier_name" && finding.at("code") == "required");
    }
    CHECK(required);
    // resubmit then needs no error findings
    const Response resubmit = f.act_now(f.principal_a, id, "resubmit");
    CHECK(resubmit.status == 422);
    CHECK(request_error_code(resubmit) == "invalid_request");
  }
  SECTION("wrong types and unknown fields refuse the edit and save nothing") {
    json bad = f.valid_request(f.unit_a);
    bad["user_count"] = 1.5;
    bad["state"] = "approved";
    const Response response = f.put(f.principal_a, id, {{"version", version}, {"request", bad}});
    CHECK(response.status == 422);
    CHECK(request_has_finding(response, "user_count", "wrong_type"));
    CHECK(request_has_finding(response, "state", "unknown_field"));
    CHECK(f.version(id) == version);
  }
  SECTION("a stale version is refused 409 stale_version") {
    const Response response =
        f.put(f.principal_a, id, {{"version", version - 1}, {"request", edited}});
    CHECK(response.status == 409);
    CHECK(request_error_code(response) == "stale_version");
  }
  SECTION("someone else who sees it is refused 403, someone who does not 404") {
    CHECK(f.put(f.reviewer, id, {{"version", version}, {"request", edited}}).status == 403);
    CHECK(f.put(f.other, id, {{"version", version}, {"request", edited}}).status == 404);
  }
  SECTION("a body without version or with extra members is refused 422") {
    CHECK(f.put(f.principal_a, id, {{"request", edited}}).status == 422);
    CHECK(f.put(f.principal_a, id, {{"version", version}, {"request", edited}, {"state", "x"}})
              .status == 422);
    CHECK(f.put(f.principal_a, id, {{"version", "1"}, {"request", edited}}).status == 422);
  }
}

TEST_CASE("an edit outside needs_completion is refused 409 wrong_state", "[requests]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  const Response response =
      f.put(f.owner, id, {{"version", 1}, {"request", f.valid_request(f.unit_a)}});
  CHECK(response.status == 409);
  CHECK(request_error_code(response) == "wrong_state");
}
