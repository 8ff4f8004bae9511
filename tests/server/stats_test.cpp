// SPEC 8: GET /api/v1/stats: the typical wait and counts by state for everyone signed in; ages
// and lead times per stage and month for reviewers, security coordinators and administrators.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::fixture_now;
using anskaffa::testing::one_day;
using anskaffa::testing::Person;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

json stats(WorkflowFixture& f, const Person& who) {
  const auto response = f.server.client().get("/api/v1/stats", with_cookie(who.cookie));
  REQUIRE(response.status == 200);
  return json::parse(response.body);
}

json lead_time(const json& body, const std::string& stage) {
  for (const json& row : body.at("lead_times")) {
    if (row.at("month") == "2026-06" && row.at("stage") == stage) return row;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("stats: the typical wait is the median of days from submission to decision", "[stats]") {
  WorkflowFixture f;
  // Thursday 2026-05-28: three requests without personal data (no DPA needed).
  const std::int64_t approved = f.submitted(f.owner, f.request_without_personal_data(f.unit_a));
  const std::int64_t declined = f.submitted(f.owner, f.request_without_personal_data(f.unit_a));
  const std::int64_t waiting = f.submitted(f.owner, f.request_without_personal_data(f.unit_a));

  *f.now = fixture_now + 5 * one_day;  // 2 June
  REQUIRE(f.act_now(f.principal_a, approved, "principal_approve").status == 200);
  *f.now = fixture_now + 7 * one_day;  // 4 June
  REQUIRE(
      f.act_now(f.principal_a, declined, "principal_decline", {{"comment", "Har redan"}}).status ==
      200);
  *f.now = fixture_now + 15 * one_day;  // 12 June
  REQUIRE(f.act_now(f.reviewer, approved, "approve").status == 200);
  *f.now = fixture_now + 17 * one_day;  // Sunday 14 June

  const json body = stats(f, f.reviewer);
  CHECK(body.at("today") == "2026-06-14");
  // Decisions after 15 and 7 days.
  CHECK(body.at("typical_wait_days") == 11.0);
  CHECK(body.at("typical_wait_basis") == 2);
  CHECK(body.at("by_state").at("approved") == 1);
  CHECK(body.at("by_state").at("declined") == 1);
  CHECK(body.at("by_state").at("awaiting_principal") == 1);
  CHECK(body.at("by_state").at("in_review") == 0);
  CHECK(body.at("by_state").size() == 10);

  // The waiting one: 12 working days since Thursday 28 May (Friday 29, 1–5 June, 8–12 June).
  CHECK(body.at("open_by_age").at("awaiting_principal").at("11-20") == 1);
  CHECK(body.at("open_by_age").at("awaiting_principal").at("0-5") == 0);
  CHECK(body.at("open_by_age").at("in_review").at("0-5") == 0);
  (void)waiting;

  // June: the principal's stage took 5 and 7 days, review 10, decision 15 and 7.
  const json principal = lead_time(body, "awaiting_principal");
  REQUIRE(principal.is_object());
  CHECK(principal.at("median_days") == 6.0);
  CHECK(principal.at("count") == 2);
  const json review = lead_time(body, "in_review");
  REQUIRE(review.is_object());
  CHECK(review.at("median_days") == 10.0);
  const json decision = lead_time(body, "decision");
  REQUIRE(decision.is_object());
  CHECK(decision.at("median_days") == 11.0);
  CHECK(decision.at("count") == 2);
}

TEST_CASE("stats: details only for reviewers, security coordinators and administrators",
          "[stats]") {
  WorkflowFixture f;
  f.submitted(f.owner, f.request_without_personal_data(f.unit_a));
  for (const Person* who : {&f.owner, &f.principal_a}) {
    const json body = stats(f, *who);
    CHECK(body.contains("typical_wait_days"));
    CHECK(body.at("typical_wait_days").is_null());  // nothing decided yet
    CHECK(body.at("by_state").at("awaiting_principal") == 1);
    CHECK_FALSE(body.contains("open_by_age"));
    CHECK_FALSE(body.contains("lead_times"));
  }
  for (const Person* who : {&f.reviewer, &f.infosec, &f.admin}) {
    const json body = stats(f, *who);
    CHECK(body.contains("open_by_age"));
    CHECK(body.contains("lead_times"));
  }
  CHECK(f.server.client().get("/api/v1/stats").status == 401);
}
