// SPEC 8's demo-data: the catalogue, agreements and requests in every state, made through the
// workflow; and, over that data, the list's SQL visibility filter agrees with the core's can_see
// for every demo user on every request.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "server/demo/demo_data.h"
#include "server/store/requests.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "shared/permissions.h"
#include "support/test_server.h"

namespace {

using anskaffa::testing::TestServer;
using nlohmann::json;
namespace store = anskaffa::store;

std::int64_t count(TestServer& server, const std::string& sql) {
  auto connection = server.database().connect();
  auto query = connection->prepare(sql);
  REQUIRE(query.step());
  return query.column_int64(0);
}

}  // namespace

TEST_CASE("demo-data holds the catalogue, agreements and requests in every state", "[demo]") {
  TestServer server;
  const auto sign_ins = anskaffa::demo::seed_demo_data(server.database());
  REQUIRE_FALSE(sign_ins.empty());
  CHECK(count(server, "SELECT count(*) FROM catalog_entries") >= 40);
  for (const char* state :
       {"awaiting_principal", "in_review", "needs_completion", "dpa_pending", "approved", "ordered",
        "rejected", "declined", "withdrawn", "direct_purchase_allowed"}) {
    auto connection = server.database().connect();
    auto query = connection->prepare("SELECT count(*) FROM requests WHERE state = ?1");
    query.bind(1, std::string_view(state));
    REQUIRE(query.step());
    INFO(state);
    CHECK(query.column_int64(0) >= 1);
  }
  CHECK(count(server, "SELECT count(*) FROM requests WHERE kind = 'usage_registration'") >= 1);
  CHECK(count(server, "SELECT count(*) FROM requests WHERE kind = 'book_assessment'") >= 1);
  CHECK(count(server,
              "SELECT count(*) FROM agreements WHERE kind = 'dpa'"
              " AND valid_until BETWEEN date('now') AND date('now', '+90 days')") >= 1);
  CHECK(count(server, "SELECT count(*) FROM agreements WHERE kind = 'service_agreement'") >= 2);
  CHECK(count(server,
              "SELECT count(*) FROM agreements WHERE kind = 'dpa'"
              " AND signed_by <> 'utbildningsnämnden'") == 0);
  // Every timeline entry has its audit row: the requests came through the workflow.
  CHECK(count(server, "SELECT count(*) FROM request_events") >= 30);
  CHECK(count(server, "SELECT count(*) FROM request_events") ==
        count(server, "SELECT count(*) FROM audit_log WHERE entity = 'request'"));
  CHECK(count(server,
              "SELECT count(*) FROM requests r WHERE NOT EXISTS"
              " (SELECT 1 FROM request_events e WHERE e.request_id = r.id)") == 0);
  // DI's change feed: every use started, and the term's changes made through edit_usage, each
  // with its audit row.
  CHECK(count(server, "SELECT count(*) FROM usage_changes WHERE kind = 'started'") ==
        count(server, "SELECT count(*) FROM catalog_units"));
  CHECK(count(server, "SELECT count(*) FROM usage_changes WHERE kind = 'system_admin'") >= 2);
  CHECK(count(server, "SELECT count(*) FROM usage_changes WHERE kind = 'register_holder'") >= 1);
  CHECK(count(server, "SELECT count(*) FROM usage_changes WHERE kind = 'ended'") >= 1);
  CHECK(count(server, "SELECT count(*) FROM catalog_units WHERE ended IS NOT NULL") >= 1);
  CHECK(count(server,
              "SELECT count(*) FROM usage_changes WHERE kind <> 'started' AND user_id IS NULL") ==
        0);
  CHECK(count(server,
              "SELECT count(*) FROM audit_log WHERE entity = 'catalog_usage'"
              " AND action LIKE 'change_%'") ==
        count(server, "SELECT count(*) FROM usage_changes WHERE kind <> 'started'"));
  // Fictional people only.
  CHECK(count(server,
              "SELECT count(*) FROM usage_changes WHERE kind IN ('register_holder', 'system_admin')"
              " AND after NOT LIKE '%@demo.anskaffa.example%'") == 0);
  // A second run changes nothing.
  CHECK(anskaffa::demo::seed_demo_data(server.database()).empty());
}

TEST_CASE("the list's SQL filter and can_see agree on every request for every demo user",
          "[demo][access]") {
  TestServer server;
  const auto sign_ins = anskaffa::demo::seed_demo_data(server.database());
  REQUIRE_FALSE(sign_ins.empty());
  auto connection = server.database().connect();
  std::vector<store::RequestRecord> requests;
  {
    auto ids = connection->prepare("SELECT id FROM requests ORDER BY id");
    while (ids.step()) requests.push_back(*store::find_request(*connection, ids.column_int64(0)));
  }
  REQUIRE(requests.size() >= 10);
  int users = 0;
  auto all_users = connection->prepare("SELECT id FROM users ORDER BY id");
  while (all_users.step()) {
    const auto user = store::find_user(*connection, all_users.column_int64(0));
    const anskaffa::User core = anskaffa::workflow::core_user(*user);
    const store::Viewer viewer{
        user->id, core.has(anskaffa::Role::reviewer) || core.has(anskaffa::Role::infosec),
        core.has(anskaffa::Role::principal)};
    const auto visible = store::visible_request_ids(*connection, viewer);
    const std::set<std::int64_t> by_sql(visible.begin(), visible.end());
    for (const store::RequestRecord& record : requests) {
      const auto stored =
          anskaffa::workflow::stored_request(*connection, record, anskaffa::Lang::sv);
      INFO(user->email << " on " << record.case_number);
      CHECK(by_sql.contains(record.id) == anskaffa::can_see(core, stored.facts));
    }
    ++users;
  }
  CHECK(users == static_cast<int>(sign_ins.size()));

  // And over HTTP, each demo user's list total is what the filter gives.
  for (const auto& sign_in : sign_ins) {
    const std::string cookie = server.sign_in(sign_in.email, sign_in.password);
    const auto response =
        server.client().get("/api/v1/requests?per_page=200", {{"Cookie", cookie}});
    REQUIRE(response.status == 200);
    const json body = json::parse(response.body);
    const auto user_id = [&] {
      auto query = connection->prepare("SELECT id FROM users WHERE email = ?1");
      query.bind(1, sign_in.email);
      REQUIRE(query.step());
      return query.column_int64(0);
    }();
    const auto user = store::find_user(*connection, user_id);
    const anskaffa::User core = anskaffa::workflow::core_user(*user);
    std::int64_t expected = 0;
    for (const store::RequestRecord& record : requests) {
      const auto stored =
          anskaffa::workflow::stored_request(*connection, record, anskaffa::Lang::sv);
      if (anskaffa::can_see(core, stored.facts)) ++expected;
    }
    INFO(sign_in.email);
    CHECK(body.at("total") == expected);
  }
}

TEST_CASE("demo-data's agreements register shows every status, a renewal and covered entries",
          "[demo][agreements]") {
  TestServer server;
  const auto sign_ins = anskaffa::demo::seed_demo_data(server.database());
  REQUIRE_FALSE(sign_ins.empty());
  std::string cookie;
  for (const auto& sign_in : sign_ins) {
    if (sign_in.email == "infosak@demo.anskaffa.example") {
      cookie = server.sign_in(sign_in.email, sign_in.password);
    }
  }
  REQUIRE_FALSE(cookie.empty());
  const auto response =
      server.client().get("/api/v1/agreements?per_page=200", {{"Cookie", cookie}});
  REQUIRE(response.status == 200);
  const json body = json::parse(response.body);
  std::set<std::string> statuses;
  bool several_entries = false;
  for (const json& item : body.at("items")) {
    statuses.insert(item.at("status").get<std::string>());
    if (item.at("entries").size() >= 3) several_entries = true;
  }
  CHECK(statuses ==
        std::set<std::string>{"valid", "expiring", "expired", "terminated", "not_yet_valid"});
  CHECK(several_entries);
  CHECK(body.at("items")[0].at("status") == "expiring");
  CHECK(count(server,
              "SELECT count(*) FROM (SELECT agreement_id FROM agreement_periods"
              " GROUP BY agreement_id HAVING count(*) >= 2)") >= 1);
  CHECK(count(server, "SELECT count(*) FROM agreement_periods") >
        count(server, "SELECT count(*) FROM agreements"));
}
