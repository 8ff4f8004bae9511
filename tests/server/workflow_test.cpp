// SPEC 4 through the API: every path of the workflow and every refusal, with the timeline, the
// audit trail, the agreements register and the catalogue checked after each.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "server/store/agreements.h"
#include "server/store/audit.h"
#include "server/store/catalog.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Person;
using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;
namespace store = anskaffa::store;

std::string error_code(const Response& response) {
  INFO(response.body);
  return json::parse(response.body).at("error").at("code").get<std::string>();
}

std::string state_of(const Response& response) {
  INFO(response.body);
  REQUIRE(response.status == 200);
  return json::parse(response.body).at("state").get<std::string>();
}

std::vector<std::string> timeline_actions(const json& view) {
  std::vector<std::string> actions;
  for (const json& entry : view.at("timeline"))
    actions.push_back(entry.at("action").get<std::string>());
  return actions;
}

std::vector<store::AuditEntry> audit_of(WorkflowFixture& f, std::int64_t id) {
  auto connection = f.server.database().connect();
  return store::list_audit(*connection, "request", id);
}

std::int64_t add_agreement(WorkflowFixture& f, const std::string& kind, const std::string& from,
                           const std::string& until) {
  auto connection = f.server.database().connect();
  store::AgreementRecord agreement;
  agreement.kind = kind;
  agreement.supplier_name = "Demokod Sverige AB";
  agreement.reference = kind == "dpa" ? "PUB-2025-003" : "ATEA-2026-11";
  agreement.route = kind == "dpa" ? "" : "atea";
  agreement.signed_by = kind == "dpa" ? store::dpa_signatory : "";
  agreement.signed_on = from;
  agreement.valid_from = from;
  agreement.valid_until = until;
  agreement.created_at = anskaffa::testing::fixture_now;
  return connection->write_transaction(
      [&] { return store::insert_agreement(*connection, agreement); });
}

store::CatalogRecord entry(WorkflowFixture& f, std::int64_t id) {
  auto connection = f.server.database().connect();
  auto found = store::find_catalog_entry(*connection, id);
  REQUIRE(found);
  return *found;
}

}  // namespace

TEST_CASE("a new resource goes from submission through a DPA to approved and ordered",
          "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  CHECK(state_of(f.act_now(f.principal_a, id, "principal_approve")) == "in_review");
  const json assigned = json::parse(f.act_now(f.reviewer, id, "assign").body);
  CHECK(assigned.at("assignee") == f.reviewer.id);
  CHECK(assigned.at("state") == "in_review");
  // Personal data, no DPA yet: approve is not offered, and refused when asked.
  CHECK(std::find(assigned.at("allowed_actions").begin(), assigned.at("allowed_actions").end(),
                  "approve") == assigned.at("allowed_actions").end());
  const Response no_dpa = f.act_now(f.reviewer, id, "approve");
  CHECK(no_dpa.status == 422);
  CHECK(error_code(no_dpa) == "dpa_missing");
  CHECK(state_of(f.act_now(f.reviewer, id, "require_dpa")) == "dpa_pending");

  const Response incomplete = f.act_now(f.infosec, id, "record_dpa", {{"reference", "PUB-1"}});
  CHECK(incomplete.status == 422);
  CHECK(error_code(incomplete) == "dpa_details_required");
  const Response recorded = f.act_now(f.infosec, id, "record_dpa",
                                      {{"reference", "PUB-2026-017"},
                                       {"signed_on", "2026-05-20"},
                                       {"valid_from", "2026-05-20"},
                                       {"valid_until", "2028-05-19"}});
  CHECK(state_of(recorded) == "in_review");
  const std::int64_t dpa_id = json::parse(recorded.body).at("dpa_agreement_id").get<std::int64_t>();
  {
    auto connection = f.server.database().connect();
    const auto dpa = store::find_agreement(*connection, dpa_id);
    REQUIRE(dpa);
    CHECK(dpa->kind == "dpa");
    CHECK(dpa->signed_by == "utbildningsnämnden");
    CHECK(dpa->supplier_name == "Demokod Sverige AB");
    CHECK(dpa->request_id == id);
  }

  const Response approved = f.act_now(f.reviewer, id, "approve");
  CHECK(state_of(approved) == "approved");
  const json view = json::parse(approved.body);
  const std::int64_t entry_id = view.at("catalog_id").get<std::int64_t>();
  const store::CatalogRecord listed = entry(f, entry_id);
  CHECK(listed.name == "Kodknäckarna");
  CHECK(listed.status == "approved");
  CHECK(listed.dpa_agreement_id == dpa_id);
  {
    auto connection = f.server.database().connect();
    const auto usage = store::list_usage(*connection, entry_id);
    REQUIRE(usage.size() == 1);
    CHECK(usage[0].unit_id == f.unit_a);
    CHECK(usage[0].register_holder_name == "Per Rektor");
    CHECK(usage[0].system_admin_email == "sara.admin@skola.example");
    CHECK(usage[0].since == "2026-05-28");
  }

  const Response no_agreement = f.act_now(f.reviewer, id, "mark_ordered");
  CHECK(error_code(no_agreement) == "service_agreement_required");
  const std::int64_t expired = add_agreement(f, "service_agreement", "2024-01-01", "2025-12-31");
  CHECK(
      error_code(f.act_now(f.reviewer, id, "mark_ordered", {{"service_agreement_id", expired}})) ==
      "service_agreement_not_valid");
  const std::int64_t service = add_agreement(f, "service_agreement", "2026-01-01", "2027-12-31");
  const Response ordered =
      f.act_now(f.reviewer, id, "mark_ordered", {{"service_agreement_id", service}});
  CHECK(state_of(ordered) == "ordered");
  CHECK(entry(f, entry_id).service_agreement_id == service);

  const json final_view = f.view(f.owner, id);
  CHECK(timeline_actions(final_view) ==
        std::vector<std::string>{"submit", "principal_approve", "assign", "require_dpa",
                                 "record_dpa", "approve", "mark_ordered"});
  CHECK(final_view.at("version") == 7);
  const auto audit = audit_of(f, id);
  REQUIRE(audit.size() == 7);
  CHECK(audit[1].action == "principal_approve");
  CHECK(audit[1].user_id == f.principal_a.id);
  CHECK(audit[1].from == "awaiting_principal");
  CHECK(audit[1].to == "in_review");
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'catalog_entry'") == 2);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'agreement'") == 1);
}

TEST_CASE("the principal declines with a comment, and only with one", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  const Response bare = f.act_now(f.principal_a, id, "principal_decline");
  CHECK(bare.status == 422);
  CHECK(error_code(bare) == "comment_required");
  CHECK(f.version(id) == 1);
  CHECK(state_of(f.act_now(f.principal_a, id, "principal_decline",
                           {{"comment", "Vi har redan ett liknande verktyg."}})) == "declined");
  CHECK(f.view(f.owner, id).at("timeline")[1].at("comment") ==
        "Vi har redan ett liknande verktyg.");
}

TEST_CASE("refusals come in SPEC 1's order with their HTTP status", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));

  SECTION("another unit's principal does not see it: 404") {
    const Response r = f.act_now(f.principal_b, id, "principal_approve");
    CHECK(r.status == 404);
    CHECK(error_code(r) == "not_found");
  }
  SECTION("the owner may not approve for the unit: 403") {
    const Response r = f.act_now(f.owner, id, "principal_approve");
    CHECK(r.status == 403);
    CHECK(error_code(r) == "not_allowed");
  }
  SECTION("a stale version: 409 stale_version, before the state is looked at") {
    const Response r = f.act(f.principal_a, id, {{"action", "principal_approve"}, {"version", 7}});
    CHECK(r.status == 409);
    CHECK(error_code(r) == "stale_version");
  }
  SECTION("the wrong state: 409 wrong_state") {
    const Response r = f.act_now(f.reviewer, id, "require_dpa");
    CHECK(r.status == 409);
    CHECK(error_code(r) == "wrong_state");
  }
  SECTION("the message follows Accept-Language") {
    const Response sv = f.act_now(f.owner, id, "principal_approve");
    CHECK(json::parse(sv.body).at("error").at("message") == "Du får inte göra detta i ärendet.");
    json body = {{"action", "principal_approve"}, {"version", 1}};
    const Response en = f.server.client().post(
        f.path(id, "/actions"), body.dump(), "application/json",
        with_cookie(f.owner.cookie, {{"Accept-Language", "en-GB,en;q=0.8"}}));
    CHECK(json::parse(en.body).at("error").at("message") == "You may not do this on the request.");
  }
  SECTION("a malformed action body: 400 or 422 with findings") {
    CHECK(f.act(f.principal_a, id, {{"action", "principal_approve"}}).status == 422);
    CHECK(f.act(f.principal_a, id, {{"action", "fly"}, {"version", 1}}).status == 422);
    CHECK(
        f.act(f.principal_a, id, {{"action", "comment"}, {"version", 1}, {"comment", 5}}).status ==
        422);
    CHECK(f.act(f.principal_a, id, {{"action", "comment"}, {"version", 1}, {"state", "approved"}})
              .status == 422);
    CHECK(f.server.client()
              .post(f.path(id, "/actions"), "nope", "application/json",
                    with_cookie(f.principal_a.cookie))
              .status == 400);
    CHECK(f.act(f.principal_a, 4242, {{"action", "comment"}, {"version", 1}, {"comment", "x"}})
              .status == 404);
  }
  CHECK(f.count("SELECT count(*) FROM audit_log") == 1);  // only the submission
}

TEST_CASE("nobody decides on their own request, even a reviewer", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.dual, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.principal_a, id, "principal_approve").status == 200);
  for (const char* action : {"assign", "require_dpa", "reject", "request_completion"}) {
    const Response r = f.act_now(f.dual, id, action, {{"comment", "Mitt eget."}});
    INFO(action);
    CHECK(r.status == 403);
    CHECK(error_code(r) == "not_allowed");
  }
  CHECK(f.view(f.dual, id).at("allowed_actions") == json{"withdraw", "comment"});
  CHECK(f.act_now(f.reviewer, id, "require_dpa").status == 200);
}

TEST_CASE("a principal's own unit skips the principal step", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  const json view = f.view(f.principal_a, id);
  CHECK(view.at("state") == "in_review");
  CHECK(timeline_actions(view) == std::vector<std::string>{"submit"});
  CHECK(view.at("allowed_actions") == json{"withdraw", "comment"});
  // Approving it for the unit afterwards is deciding on one's own request.
  const Response r = f.act_now(f.principal_a, id, "principal_approve");
  CHECK(r.status == 403);
  CHECK(error_code(r) == "not_allowed");
  // A reviewer takes it from here.
  CHECK(f.act_now(f.reviewer, id, "require_dpa").status == 200);
}

TEST_CASE("a book without personal data may be bought directly; with personal data it may not",
          "[workflow]") {
  WorkflowFixture f;
  json book = f.request_without_personal_data(f.unit_a);
  book["resource_type"] = "book_with_digital_part";
  const std::int64_t plain = f.submitted(f.principal_a, book);
  CHECK(f.view(f.reviewer, plain).at("kind") == "book_assessment");
  CHECK(state_of(f.act_now(f.reviewer, plain, "allow_direct_purchase")) ==
        "direct_purchase_allowed");

  json with_data = f.valid_request(f.unit_a);
  with_data["resource_type"] = "book_with_digital_part";
  const std::int64_t personal = f.submitted(f.principal_a, with_data);
  const Response refused = f.act_now(f.reviewer, personal, "allow_direct_purchase");
  CHECK(refused.status == 422);
  CHECK(error_code(refused) == "dpa_required");

  const std::int64_t app = f.submitted(f.principal_a, f.request_without_personal_data(f.unit_a));
  CHECK(error_code(f.act_now(f.reviewer, app, "allow_direct_purchase")) == "not_book_assessment");
  // Without personal data, a DPA is not needed to approve.
  CHECK(state_of(f.act_now(f.reviewer, app, "approve")) == "approved");
}

TEST_CASE("a usage registration is approved without a new DPA while the entry's DPA is valid",
          "[workflow]") {
  WorkflowFixture f;
  const std::int64_t first = f.in_review_with_dpa(f.owner, f.valid_request(f.unit_a));
  const json approved = json::parse(f.act_now(f.reviewer, first, "approve").body);
  const std::int64_t entry_id = approved.at("catalog_id").get<std::int64_t>();

  json usage = f.valid_request(f.unit_b);
  usage["catalog_id"] = entry_id;
  usage.erase("supplier_name");
  usage["register_holder_name"] = "Rita Registeransvarig";
  const std::int64_t id = f.submitted(f.principal_b, usage);  // principal of unit_b: in_review
  const json view = f.view(f.reviewer, id);
  CHECK(view.at("kind") == "usage_registration");
  CHECK(view.at("state") == "in_review");
  CHECK(state_of(f.act_now(f.reviewer, id, "approve")) == "approved");
  auto connection = f.server.database().connect();
  const auto units = store::list_usage(*connection, entry_id);
  REQUIRE(units.size() == 2);
  CHECK(units[1].unit_id == f.unit_b);
  CHECK(units[1].register_holder_name == "Rita Registeransvarig");
}

TEST_CASE("once the entry's DPA has expired, a usage registration needs a new one", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t first = f.in_review_with_dpa(f.owner, f.valid_request(f.unit_a));
  const std::int64_t entry_id = json::parse(f.act_now(f.reviewer, first, "approve").body)
                                    .at("catalog_id")
                                    .get<std::int64_t>();
  *f.now = anskaffa::testing::fixture_now + 6;  // same day
  json usage = f.valid_request(f.unit_b);
  usage["catalog_id"] = entry_id;
  // Three years on, the DPA (valid until 2028-05-19) has expired.
  *f.now = anskaffa::testing::fixture_now + 3 * 365 * anskaffa::testing::one_day;
  f.sign_in_again(f.principal_b);
  f.sign_in_again(f.reviewer);
  usage["start_date"] = "2029-09-01";
  const std::int64_t id = f.submitted(f.principal_b, usage);
  CHECK(error_code(f.act_now(f.reviewer, id, "approve")) == "dpa_missing");
}

TEST_CASE("rejecting a new resource lists it as not approved with the reason", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  CHECK(error_code(f.act_now(f.reviewer, id, "reject")) == "comment_required");
  const Response rejected =
      f.act_now(f.reviewer, id, "reject", {{"comment", "Leverantören erbjuder inget PUB-avtal."}});
  CHECK(state_of(rejected) == "rejected");
  const store::CatalogRecord listed =
      entry(f, json::parse(rejected.body).at("catalog_id").get<std::int64_t>());
  CHECK(listed.status == "not_approved");
  CHECK(listed.reason == "Leverantören erbjuder inget PUB-avtal.");
  CHECK(listed.name == "Kodknäckarna");
}

TEST_CASE("rejecting a usage registration changes nothing in the catalogue", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t first = f.in_review_with_dpa(f.owner, f.valid_request(f.unit_a));
  const std::int64_t entry_id = json::parse(f.act_now(f.reviewer, first, "approve").body)
                                    .at("catalog_id")
                                    .get<std::int64_t>();
  const store::CatalogRecord before = entry(f, entry_id);
  json usage = f.valid_request(f.unit_b);
  usage["catalog_id"] = entry_id;
  const std::int64_t id = f.submitted(f.principal_b, usage);
  CHECK(state_of(f.act_now(f.reviewer, id, "reject", {{"comment", "Inte för förskolan."}})) ==
        "rejected");
  const store::CatalogRecord after = entry(f, entry_id);
  CHECK(after.status == "approved");
  CHECK(after.updated_at == before.updated_at);
  CHECK(f.count("SELECT count(*) FROM catalog_units") == 1);
  CHECK(f.count("SELECT count(*) FROM catalog_entries") == 1);
}

TEST_CASE("approving with conditions lists the entry approved_with_conditions", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.request_without_personal_data(f.unit_a));
  const Response approved =
      f.act_now(f.reviewer, id, "approve", {{"conditions", "Endast för personal."}});
  const store::CatalogRecord listed =
      entry(f, json::parse(approved.body).at("catalog_id").get<std::int64_t>());
  CHECK(listed.status == "approved_with_conditions");
  CHECK(listed.conditions == "Endast för personal.");
}

TEST_CASE("a high-risk request is approved only with a comment", "[workflow]") {
  WorkflowFixture f;
  json high = f.valid_request(f.unit_a);
  high["data_categories"] = {"name", "personal_identity_number"};
  const std::int64_t id = f.in_review_with_dpa(f.owner, high);
  CHECK(f.view(f.reviewer, id).at("risk").at("level") == "high");
  CHECK(error_code(f.act_now(f.reviewer, id, "approve")) == "comment_required");
  CHECK(state_of(f.act_now(f.reviewer, id, "approve",
                           {{"comment", "Personnummer behövs för inloggningen."}})) == "approved");
}

TEST_CASE("record_dpa links an existing valid DPA, and refuses one that is not", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "require_dpa").status == 200);
  const std::int64_t old_dpa = add_agreement(f, "dpa", "2020-01-01", "2022-12-31");
  const std::int64_t service = add_agreement(f, "service_agreement", "2026-01-01", "2027-12-31");
  CHECK(error_code(f.act_now(f.infosec, id, "record_dpa", {{"agreement_id", old_dpa}})) ==
        "agreement_not_valid");
  CHECK(error_code(f.act_now(f.infosec, id, "record_dpa", {{"agreement_id", service}})) ==
        "agreement_not_valid");
  CHECK(error_code(f.act_now(f.infosec, id, "record_dpa", {{"agreement_id", 999}})) ==
        "agreement_not_valid");
  const std::int64_t dpa = add_agreement(f, "dpa", "2026-01-01", "2028-12-31");
  const Response linked = f.act_now(f.infosec, id, "record_dpa", {{"agreement_id", dpa}});
  CHECK(state_of(linked) == "in_review");
  CHECK(json::parse(linked.body).at("dpa_agreement_id") == dpa);
  CHECK(f.count("SELECT count(*) FROM agreements") == 3);  // none created
}

TEST_CASE("a school principal can never record a DPA", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.principal_a, id, "principal_approve").status == 200);
  REQUIRE(f.act_now(f.reviewer, id, "require_dpa").status == 200);
  const Response r = f.act_now(f.principal_a, id, "record_dpa",
                               {{"reference", "PUB-X"},
                                {"signed_on", "2026-05-20"},
                                {"valid_from", "2026-05-20"},
                                {"valid_until", "2028-05-19"}});
  CHECK(r.status == 403);
  CHECK(f.count("SELECT count(*) FROM agreements") == 0);
}

TEST_CASE("a paid order needs its order reference", "[workflow]") {
  WorkflowFixture f;
  json paid = f.request_without_personal_data(f.unit_a);
  paid["cost_model"] = "paid";
  paid["annual_cost_sek"] = 12000;
  paid["purchase_route"] = "atea";
  const std::int64_t id = f.submitted(f.principal_a, paid);
  REQUIRE(state_of(f.act_now(f.reviewer, id, "approve")) == "approved");
  const std::int64_t service = add_agreement(f, "service_agreement", "2026-01-01", "2027-12-31");
  CHECK(error_code(f.act_now(f.reviewer, id, "mark_ordered",
                             {{"service_agreement_id", service}})) == "order_reference_required");
  const Response ordered =
      f.act_now(f.reviewer, id, "mark_ordered",
                {{"service_agreement_id", service}, {"order_reference", "ATEA-ORDER-4711"}});
  CHECK(state_of(ordered) == "ordered");
  CHECK(json::parse(ordered.body).at("order_reference") == "ATEA-ORDER-4711");
}

TEST_CASE("completion goes back to the owner, who edits and resubmits", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.principal_a, id, "principal_approve").status == 200);
  CHECK(error_code(f.act_now(f.reviewer, id, "request_completion")) == "comment_required");
  CHECK(state_of(f.act_now(f.reviewer, id, "request_completion",
                           {{"comment", "Beskriv inloggningen."}})) == "needs_completion");
  json edited = f.valid_request(f.unit_a);
  edited["description"] = "Programmering i matematik, inloggning via Google-konto från skolan.";
  REQUIRE(f.put(f.owner, id, {{"version", f.version(id)}, {"request", edited}}).status == 200);
  CHECK(state_of(f.act_now(f.owner, id, "resubmit")) == "in_review");
  const json view = f.view(f.owner, id);
  CHECK(view.at("request").at("description") == edited.at("description"));
  CHECK(timeline_actions(view) == std::vector<std::string>{"submit", "principal_approve",
                                                           "request_completion", "edit",
                                                           "resubmit"});
}

TEST_CASE("the owner withdraws; a reviewer withdraws only an abandoned completion", "[workflow]") {
  WorkflowFixture f;
  const std::int64_t mine = f.submitted(f.owner, f.valid_request(f.unit_a));
  CHECK(state_of(f.act_now(f.owner, mine, "withdraw")) == "withdrawn");
  CHECK(error_code(f.act_now(f.owner, mine, "withdraw")) == "wrong_state");

  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "request_completion", {{"comment", "Komplettera."}}).status ==
          200);
  CHECK(error_code(f.act_now(f.reviewer, id, "withdraw", {{"comment", "Övergiven."}})) ==
        "not_abandoned");
  *f.now = anskaffa::testing::fixture_now + 31 * anskaffa::testing::one_day;
  f.sign_in_again(f.reviewer);
  CHECK(error_code(f.act_now(f.reviewer, id, "withdraw")) == "comment_required");
  CHECK(state_of(f.act_now(f.reviewer, id, "withdraw", {{"comment", "Övergiven."}})) ==
        "withdrawn");
}

TEST_CASE("a comment changes only the version, and everyone who sees the request sees it",
          "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  CHECK(error_code(f.act_now(f.infosec, id, "comment")) == "comment_required");
  const Response commented =
      f.act_now(f.infosec, id, "comment", {{"comment", "Finns PUB-avtal hos leverantören?"}});
  CHECK(state_of(commented) == "awaiting_principal");
  CHECK(json::parse(commented.body).at("version") == 2);
  const json view = f.view(f.owner, id);
  REQUIRE(view.at("comments").size() == 1);
  CHECK(view.at("comments")[0].at("comment") == "Finns PUB-avtal hos leverantören?");
  CHECK(view.at("comments")[0].at("by") == f.infosec.id);
  CHECK(f.act_now(f.admin, id, "comment", {{"comment", "Hej"}}).status == 404);
}

TEST_CASE("assign sets the assignee: oneself, or another reviewer, never anyone else",
          "[workflow]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  CHECK(json::parse(f.act_now(f.reviewer, id, "assign").body).at("assignee") == f.reviewer.id);
  CHECK(json::parse(f.act_now(f.reviewer, id, "assign", {{"assignee", f.reviewer2.id}}).body)
            .at("assignee") == f.reviewer2.id);
  CHECK(error_code(f.act_now(f.reviewer, id, "assign", {{"assignee", f.owner.id}})) ==
        "assignee_not_reviewer");
  CHECK(error_code(f.act_now(f.reviewer, id, "assign", {{"assignee", 9999}})) ==
        "assignee_not_reviewer");
  CHECK(f.act_now(f.infosec, id, "assign").status == 403);
}
