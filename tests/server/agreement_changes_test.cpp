// SPEC 5's renewal and termination, and what they mean for the workflow: a terminated DPA no
// longer lets approve through, a renewed one does; a DPA created with catalog_ids covers the
// entry for every unit's usage registration. Edits and the covered set are audited.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "server/store/agreements.h"
#include "support/agreement_helpers.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::add_entry;
using anskaffa::testing::agreement_json;
using anskaffa::testing::created_agreement;
using anskaffa::testing::day;
using anskaffa::testing::dpa_body;
using anskaffa::testing::error_code_of;
using anskaffa::testing::has_finding;
using anskaffa::testing::put_agreement;
using anskaffa::testing::Response;
using anskaffa::testing::usage_registration;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;
namespace store = anskaffa::store;

std::string approve_outcome(WorkflowFixture& f, std::int64_t request_id) {
  const Response response = f.act_now(f.reviewer, request_id, "approve");
  INFO(response.body);
  if (response.status == 200) return json::parse(response.body).at("state").get<std::string>();
  return error_code_of(response);
}

bool valid_today(WorkflowFixture& f, std::int64_t id) {
  auto connection = f.server.database().connect();
  return store::agreement_valid_on(*connection, id, "dpa", day(0));
}

}  // namespace

TEST_CASE("a DPA created with catalog_ids lets a usage registration of the entry be approved",
          "[agreements][workflow]") {
  WorkflowFixture f;
  const std::int64_t entry = add_entry(f, "Kodknäckarna");
  const std::int64_t request_id = usage_registration(f, entry);
  CHECK(approve_outcome(f, request_id) == "dpa_missing");
  created_agreement(f, f.infosec, dpa_body("PUB-2026-050", -3, 727, {entry}));
  CHECK(approve_outcome(f, request_id) == "approved");
}

TEST_CASE("a terminated DPA no longer lets approve through, and takes no renewal",
          "[agreements][workflow]") {
  WorkflowFixture f;
  const std::int64_t entry = add_entry(f, "Kodknäckarna");
  const std::int64_t id = created_agreement(f, f.reviewer, dpa_body("PUB-1", -100, 600, {entry}));
  const std::int64_t request_id = usage_registration(f, entry);

  // A termination recorded ahead of its date leaves the DPA valid until then.
  const Response ahead = put_agreement(f, f.infosec, id, {{"terminated_on", day(10)}});
  INFO(ahead.body);
  REQUIRE(ahead.status == 200);
  const json view = json::parse(ahead.body);
  CHECK(view.at("terminated_on") == day(10));
  CHECK(view.at("status") == "expiring");
  CHECK(view.at("days_left") == 9);
  CHECK(valid_today(f, id));
  CHECK(f.count("SELECT terminated FROM agreements WHERE id = " + std::to_string(id)) == 1);

  // Once it is final, neither renewal nor another termination.
  const Response again = put_agreement(f, f.infosec, id, {{"terminated_on", day(0)}});
  CHECK(again.status == 409);
  CHECK(error_code_of(again) == "wrong_state");
  const Response renewal = put_agreement(
      f, f.reviewer, id,
      {{"renewal", {{"signed_on", day(0)}, {"valid_from", day(1)}, {"valid_until", day(900)}}}});
  CHECK(renewal.status == 409);
  CHECK(error_code_of(renewal) == "wrong_state");

  // From terminated_on on it is not valid: approve is refused as without a DPA.
  *f.now = anskaffa::testing::fixture_now + 10 * anskaffa::testing::one_day;
  CHECK(agreement_json(f, id).at("status") == "terminated");
  CHECK(approve_outcome(f, request_id) == "dpa_missing");
  {
    auto connection = f.server.database().connect();
    CHECK_FALSE(store::agreement_valid_on(*connection, id, "dpa", day(10)));
    CHECK(store::agreement_valid_on(*connection, id, "dpa", day(9)));
  }
  // Nor can record_dpa name it.
  const std::int64_t other = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, other, "require_dpa").status == 200);
  CHECK(error_code_of(f.act_now(f.infosec, other, "record_dpa", {{"agreement_id", id}})) ==
        "agreement_not_valid");
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'agreement' AND action ="
                " 'terminate'") == 1);
}

TEST_CASE("a renewed expired DPA lets approve through again", "[agreements][workflow]") {
  WorkflowFixture f;
  const std::int64_t entry = add_entry(f, "Kodknäckarna");
  const std::int64_t id = created_agreement(f, f.reviewer, dpa_body("PUB-1", -800, -5, {entry}));
  const std::int64_t request_id = usage_registration(f, entry);
  CHECK(agreement_json(f, id).at("status") == "expired");
  CHECK(approve_outcome(f, request_id) == "dpa_missing");

  // A new period must begin after the current one's start, and be in order.
  const auto renew = [&](const std::string& from, const std::string& until) {
    return put_agreement(
        f, f.infosec, id,
        {{"renewal", {{"signed_on", day(-1)}, {"valid_from", from}, {"valid_until", until}}}});
  };
  CHECK(has_finding(renew(day(-800), day(700)), "renewal.valid_from", "renewal_not_later"));
  CHECK(has_finding(renew(day(0), day(-1)), "renewal.valid_until", "dates_out_of_order"));
  CHECK(has_finding(renew("igår", day(700)), "renewal.valid_from", "invalid_date"));
  CHECK(has_finding(put_agreement(f, f.infosec, id, {{"renewal", {{"valid_from", day(0)}}}}),
                    "renewal.valid_until", "required"));
  CHECK(has_finding(put_agreement(f, f.infosec, id, {{"renewal", {{"extra", 1}}}}), "renewal.extra",
                    "unknown_field"));
  CHECK(
      has_finding(put_agreement(f, f.infosec, id, {{"renewal", "2027"}}), "renewal", "wrong_type"));
  CHECK(f.count("SELECT count(*) FROM agreement_periods WHERE agreement_id = " +
                std::to_string(id)) == 1);

  const Response renewed = renew(day(0), day(730));
  INFO(renewed.body);
  REQUIRE(renewed.status == 200);
  const json view = json::parse(renewed.body);
  CHECK(view.at("status") == "valid");
  CHECK(view.at("valid_from") == day(0));
  CHECK(view.at("valid_until") == day(730));
  REQUIRE(view.at("periods").size() == 2);
  CHECK(view.at("periods")[0].at("valid_until") == day(-5));
  CHECK(view.at("periods")[1].at("valid_until") == day(730));
  CHECK(view.at("periods")[1].at("recorded_by").at("id") == f.infosec.id);
  CHECK(approve_outcome(f, request_id) == "approved");
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'agreement' AND action = 'renew'"
                " AND to_state = '" +
                day(730) + "'") == 1);
}

TEST_CASE("an agreement's details and covered resources change, each change audited",
          "[agreements]") {
  WorkflowFixture f;
  const std::int64_t first = add_entry(f, "Räknesagor");
  const std::int64_t second = add_entry(f, "Bokstavsbanan");
  const std::int64_t dpa = created_agreement(f, f.reviewer, dpa_body("PUB-1", -10, 600, {first}));
  const std::int64_t service = created_agreement(f, f.reviewer,
                                                 {{"kind", "service_agreement"},
                                                  {"supplier_name", "Atea Sverige AB"},
                                                  {"reference", "RAM-1"},
                                                  {"route", "atea"},
                                                  {"signed_on", day(0)},
                                                  {"valid_from", day(0)},
                                                  {"valid_until", day(365)}});
  const std::string dpa_rows =
      "SELECT count(*) FROM audit_log WHERE entity = 'agreement'"
      " AND entity_id = " +
      std::to_string(dpa);
  const std::int64_t rows_before = f.count(dpa_rows);

  const Response edited = put_agreement(
      f, f.reviewer, dpa,
      {{"reference", " PUB-1-rev "}, {"supplier_name", "Demokod AB"}, {"catalog_ids", {second}}});
  INFO(edited.body);
  REQUIRE(edited.status == 200);
  const json view = json::parse(edited.body);
  CHECK(view.at("reference") == "PUB-1-rev");
  CHECK(view.at("supplier_name") == "Demokod AB");
  CHECK(view.at("entries") == json::array({{{"id", second}, {"name", "Bokstavsbanan"}}}));
  // The entry it no longer covers loses it; the new one gains it.
  CHECK(f.count("SELECT count(*) FROM catalog_entries WHERE id = " + std::to_string(first) +
                " AND dpa_agreement_id IS NULL") == 1);
  CHECK(f.count("SELECT dpa_agreement_id FROM catalog_entries WHERE id = " +
                std::to_string(second)) == dpa);
  CHECK(f.count(dpa_rows) == rows_before + 2);  // edit, cover
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'catalog_entry'"
                " AND action = 'link_dpa'") == 3);  // first on creation, then first and second
  // The same values again change nothing and write nothing.
  REQUIRE(put_agreement(f, f.reviewer, dpa, {{"reference", "PUB-1-rev"}, {"catalog_ids", {second}}})
              .status == 200);
  CHECK(f.count(dpa_rows) == rows_before + 2);

  const Response route = put_agreement(f, f.infosec, service, {{"route", "gr_utbildning"}});
  REQUIRE(route.status == 200);
  CHECK(json::parse(route.body).at("route") == "gr_utbildning");
  CHECK(has_finding(put_agreement(f, f.infosec, service, {{"route", "ikea"}}), "route",
                    "invalid_value"));
  CHECK(has_finding(put_agreement(f, f.infosec, dpa, {{"route", "atea"}}), "route",
                    "route_not_for_dpa"));
  CHECK(
      has_finding(put_agreement(f, f.infosec, dpa, {{"reference", ""}}), "reference", "required"));
  CHECK(has_finding(put_agreement(f, f.infosec, dpa, {{"catalog_ids", {999999}}}), "catalog_ids",
                    "catalog_entry_not_found"));
  CHECK(has_finding(put_agreement(f, f.infosec, dpa, {{"terminated_on", "snart"}}), "terminated_on",
                    "invalid_date"));
  CHECK(has_finding(put_agreement(f, f.infosec, dpa, {{"kind", "service_agreement"}}), "kind",
                    "unknown_field"));
  CHECK(has_finding(put_agreement(f, f.infosec, dpa, {{"signed_by", "Skolan"}}), "signed_by",
                    "unknown_field"));
  CHECK(has_finding(put_agreement(f, f.infosec, dpa, {{"valid_until", day(900)}}), "valid_until",
                    "unknown_field"));
  CHECK(agreement_json(f, dpa).at("valid_until") == day(600));
  const Response missing = put_agreement(f, f.infosec, 999999, {{"reference", "X"}});
  CHECK(missing.status == 404);
  CHECK(f.server.client()
            .put("/api/v1/agreements/1", "[1]", "application/json",
                 anskaffa::testing::with_cookie(f.infosec.cookie))
            .status == 400);
}
