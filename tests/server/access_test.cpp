// SPEC 1 and 9: every request endpoint against every role. A user who may not see a request gets
// 404 (its existence is not revealed); one who sees it but may not act gets 403.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Person;
using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

const std::string tiny_pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

struct Role {
  const char* name;
  Person WorkflowFixture::*person;
  bool sees;  // a request of the owner's, for unit_a
};

const Role roles[] = {
    {"the requester who owns it", &WorkflowFixture::owner, true},
    {"another requester", &WorkflowFixture::other, false},
    {"the principal of its unit", &WorkflowFixture::principal_a, true},
    {"the principal of another unit", &WorkflowFixture::principal_b, false},
    {"a reviewer", &WorkflowFixture::reviewer, true},
    {"the security coordinator", &WorkflowFixture::infosec, true},
    {"an administrator", &WorkflowFixture::admin, false},
    {"a reviewer who does not own it", &WorkflowFixture::dual, true},
};

// A fresh request of the owner's, for unit_a, taken to state.
std::int64_t request_in(WorkflowFixture& f, const std::string& state) {
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  if (state == "awaiting_principal") return id;
  REQUIRE(f.act_now(f.principal_a, id, "principal_approve").status == 200);
  if (state == "needs_completion") {
    REQUIRE(f.act_now(f.reviewer, id, "request_completion", {{"comment", "Komplettera."}}).status ==
            200);
  } else if (state == "dpa_pending") {
    REQUIRE(f.act_now(f.reviewer, id, "require_dpa").status == 200);
  }
  return id;
}

int expected(const Role& role, bool may) { return !role.sees ? 404 : may ? 200 : 403; }

bool listed(WorkflowFixture& f, const Person& who, std::int64_t id) {
  const Response response =
      f.server.client().get("/api/v1/requests?per_page=200", with_cookie(who.cookie));
  REQUIRE(response.status == 200);
  const json body = json::parse(response.body);
  for (const json& item : body.at("items")) {
    if (item.at("id") == id) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every request endpoint answers every role as SPEC 1 says", "[access]") {
  WorkflowFixture f;
  const std::int64_t awaiting = request_in(f, "awaiting_principal");
  const std::int64_t attachment_id = [&] {
    const Response r = f.server.client().post(f.path(awaiting, "/attachments?name=a.pdf"), tiny_pdf,
                                              "application/pdf", with_cookie(f.owner.cookie));
    REQUIRE(r.status == 201);
    return json::parse(r.body).at("attachment_id").get<std::int64_t>();
  }();

  for (const Role& role : roles) {
    const Person& who = f.*(role.person);
    const std::string name = role.name;
    auto client = f.server.client();
    INFO(name);

    CHECK(f.get(who, awaiting).status == (role.sees ? 200 : 404));
    CHECK(listed(f, who, awaiting) == role.sees);
    CHECK(client
              .get(f.path(awaiting, "/attachments/" + std::to_string(attachment_id)),
                   with_cookie(who.cookie))
              .status == (role.sees ? 200 : 404));
    CHECK(client
              .post(f.path(awaiting, "/attachments?name=b.pdf"), tiny_pdf, "application/pdf",
                    with_cookie(who.cookie))
              .status == (role.sees ? 201 : 404));
    CHECK(f.act_now(who, awaiting, "comment", {{"comment", "En fråga."}}).status ==
          expected(role, true));

    // Only the unit's principal approves for the unit.
    const std::int64_t fresh = request_in(f, "awaiting_principal");
    CHECK(f.act_now(who, fresh, "principal_approve").status ==
          expected(role, role.person == &WorkflowFixture::principal_a));

    // Only the owner edits, in needs_completion.
    const std::int64_t completion = request_in(f, "needs_completion");
    CHECK(f.put(who, completion,
                {{"version", f.version(completion)}, {"request", f.valid_request(f.unit_a)}})
              .status == expected(role, role.person == &WorkflowFixture::owner));

    // Review actions are DI's.
    const std::int64_t review = request_in(f, "in_review");
    const bool reviewer =
        role.person == &WorkflowFixture::reviewer || role.person == &WorkflowFixture::dual;
    CHECK(f.act_now(who, review, "require_dpa").status == expected(role, reviewer));

    // DPAs are recorded by the security coordinator or DI, never by a school.
    const std::int64_t dpa = request_in(f, "dpa_pending");
    const bool records = reviewer || role.person == &WorkflowFixture::infosec;
    CHECK(f.act_now(who, dpa, "record_dpa",
                    {{"reference", "PUB-9"},
                     {"signed_on", "2026-05-20"},
                     {"valid_from", "2026-05-20"},
                     {"valid_until", "2028-05-19"}})
              .status == expected(role, records));

    // The owner withdraws; a reviewer only an abandoned completion (here: the wrong state).
    const std::int64_t open = request_in(f, "awaiting_principal");
    const int withdraw = f.act_now(who, open, "withdraw").status;
    if (role.person == &WorkflowFixture::owner) {
      CHECK(withdraw == 200);
    } else if (reviewer) {
      CHECK(withdraw == 409);
    } else {
      CHECK(withdraw == (role.sees ? 403 : 404));
    }
  }
}

TEST_CASE("a reviewer who owns a request acts on it only as its requester", "[access]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.dual, f.valid_request(f.unit_a));
  CHECK(f.get(f.dual, id).status == 200);
  REQUIRE(f.act_now(f.principal_a, id, "principal_approve").status == 200);
  CHECK(f.act_now(f.dual, id, "require_dpa").status == 403);
  CHECK(f.act_now(f.dual, id, "approve", {{"comment", "ok"}}).status == 403);
  CHECK(f.act_now(f.dual, id, "comment", {{"comment", "En rad till."}}).status == 200);
  CHECK(f.act_now(f.dual, id, "withdraw").status == 200);
}

TEST_CASE("every request endpoint needs a session", "[access]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  auto client = f.server.client();
  CHECK(client.get(f.path(id)).status == 401);
  CHECK(client.get("/api/v1/requests").status == 401);
  CHECK(client.put(f.path(id), "{}").status == 401);
  CHECK(client.post(f.path(id, "/actions"), "{}").status == 401);
  CHECK(client.post(f.path(id, "/attachments"), tiny_pdf, "application/pdf").status == 401);
  CHECK(client.get(f.path(id, "/attachments/1")).status == 401);
}

TEST_CASE("every administration endpoint answers every role as SPEC 1 says", "[access]") {
  WorkflowFixture f;
  const std::string user = "/api/v1/users/" + std::to_string(f.other.id);
  const std::string unit = "/api/v1/units/" + std::to_string(f.unit_b);
  for (const Role& role : roles) {
    const Person& who = f.*(role.person);
    INFO(role.name);
    // Only the administrator manages users and units; everyone else is refused, not shown 404.
    const bool admin = role.person == &WorkflowFixture::admin;
    auto client = f.server.client();
    const auto headers = with_cookie(who.cookie);
    CHECK(client.get("/api/v1/users", headers).status == (admin ? 200 : 403));
    CHECK(client.put(user, json{{"name", "Annan Beställare"}}.dump(), "application/json", headers)
              .status == (admin ? 200 : 403));
    CHECK(client
              .post(user + "/password", json{{"password", "ett nytt lösenord"}}.dump(),
                    "application/json", headers)
              .status == (admin ? 204 : 403));
    CHECK(client.put(unit, json{{"school_form", "gymnasium"}}.dump(), "application/json", headers)
              .status == (admin ? 200 : 403));
    const json body = {{"email", "ny.person@skola.example"},
                       {"name", "Ny"},
                       {"roles", {"requester"}},
                       {"password", "ett nytt lösenord"}};
    CHECK(client.post("/api/v1/users", body.dump(), "application/json", headers).status ==
          (admin ? 201 : 403));
    CHECK(
        client.post("/api/v1/units", json{{"name", "Ny skola"}}.dump(), "application/json", headers)
            .status == (admin ? 201 : 403));
  }
}

TEST_CASE("every administration endpoint needs a session", "[access]") {
  WorkflowFixture f;
  auto client = f.server.client();
  CHECK(client.get("/api/v1/users").status == 401);
  CHECK(client.post("/api/v1/users", "{}").status == 401);
  CHECK(client.put("/api/v1/users/1", "{}").status == 401);
  CHECK(client.post("/api/v1/users/1/password", "{}").status == 401);
  CHECK(client.post("/api/v1/units", "{}").status == 401);
  CHECK(client.put("/api/v1/units/1", "{}").status == 401);
}
