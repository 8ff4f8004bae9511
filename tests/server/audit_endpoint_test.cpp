// SPEC 8's GET /api/v1/audit: the trail, newest first, for reviewers, security coordinators and
// administrators; an unknown entity or an id that is not a number is a 400.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/agreement_helpers.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::created_agreement;
using anskaffa::testing::dpa_body;
using anskaffa::testing::Person;
using anskaffa::testing::put_agreement;
using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

Response audit(WorkflowFixture& f, const Person& who, const std::string& query) {
  return f.server.client().get("/api/v1/audit" + query, with_cookie(who.cookie));
}

json audit_page(WorkflowFixture& f, const std::string& query) {
  const Response response = audit(f, f.admin, query);
  INFO(query << ": " << response.body);
  REQUIRE(response.status == 200);
  return json::parse(response.body);
}

}  // namespace

TEST_CASE("the audit trail shows an action's rows, newest first", "[audit]") {
  WorkflowFixture f;
  const std::int64_t id = created_agreement(f, f.infosec, dpa_body("PUB-1", 0, 365));
  REQUIRE(put_agreement(f, f.reviewer, id, {{"reference", "PUB-1b"}}).status == 200);
  const std::int64_t request_id = f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.principal_a, request_id, "principal_approve", {{"comment", "Bra!"}}).status ==
          200);

  const json page = audit_page(f, "?entity=agreement&entity_id=" + std::to_string(id));
  CHECK(page.at("total") == 2);
  CHECK(page.at("page") == 1);
  CHECK(page.at("per_page") == 50);
  const json& items = page.at("items");
  REQUIRE(items.size() == 2);
  CHECK(items[0].at("action") == "edit");
  CHECK(items[0].at("user") == json{{"id", f.reviewer.id}, {"name", "Test granskare@di.example"}});
  CHECK(items[0].at("details").at("changes").at("reference") ==
        json{{"from", "PUB-1"}, {"to", "PUB-1b"}});
  CHECK(items[1].at("action") == "create");
  CHECK(items[1].at("user").at("id") == f.infosec.id);
  CHECK(items[1].at("details").at("kind") == "dpa");
  CHECK(items[1].at("details").at("reference") == "PUB-1");
  CHECK(items[0].at("id").get<std::int64_t>() > items[1].at("id").get<std::int64_t>());
  for (const json& item : items) {
    CHECK(item.at("entity") == "agreement");
    CHECK(item.at("entity_id") == id);
    const std::string at = item.at("at").get<std::string>();
    CHECK(at.size() == 20);
    CHECK(at.back() == 'Z');
    CHECK(at[10] == 'T');
    CHECK(item.at("details").is_object());
    for (const char* key : {"from", "to", "comment"}) CHECK(item.contains(key));
  }

  const json requests = audit_page(f, "?entity=request&entity_id=" + std::to_string(request_id));
  REQUIRE(requests.at("total") == 2);
  CHECK(requests.at("items")[0].at("action") == "principal_approve");
  CHECK(requests.at("items")[0].at("from") == "awaiting_principal");
  CHECK(requests.at("items")[0].at("to") == "in_review");
  CHECK(requests.at("items")[0].at("comment") == "Bra!");
  CHECK(requests.at("items")[1].at("action") == "submit");

  const json all = audit_page(f, "");
  CHECK(all.at("total") == f.count("SELECT count(*) FROM audit_log"));
  CHECK(all.at("items")[0].at("action") == "principal_approve");
  const json second = audit_page(f, "?per_page=1&page=2");
  CHECK(second.at("items").size() == 1);
  CHECK(second.at("items")[0].at("id") == all.at("items")[1].at("id"));
  CHECK(audit_page(f, "?entity=user").at("total") == 0);  // a known entity with no rows yet
}

TEST_CASE("the audit trail is for reviewers, coordinators and administrators", "[audit][access]") {
  WorkflowFixture f;
  const Person anonymous;
  CHECK(audit(f, anonymous, "").status == 401);
  CHECK(audit(f, f.owner, "").status == 403);
  CHECK(audit(f, f.other, "?entity=request").status == 403);
  CHECK(audit(f, f.principal_a, "").status == 403);
  CHECK(audit(f, f.principal_b, "?entity=agreement").status == 403);
  CHECK(audit(f, f.reviewer, "").status == 200);
  CHECK(audit(f, f.infosec, "").status == 200);
  CHECK(audit(f, f.admin, "").status == 200);
  CHECK(audit(f, f.dual, "").status == 200);

  for (const char* query :
       {"?entity=password", "?entity=audit_log", "?entity=AGREEMENT", "?entity_id=abc",
        "?entity=request&entity_id=-1", "?entity_id=1%20OR%201=1", "?page=0", "?per_page=-5"}) {
    const Response response = audit(f, f.reviewer, query);
    INFO(query);
    CHECK(response.status == 400);
    CHECK(json::parse(response.body).at("error").at("code") == "bad_request");
  }
  // Read only: no method changes it.
  CHECK(f.server.client().del("/api/v1/audit", with_cookie(f.admin.cookie)).status == 405);
}
