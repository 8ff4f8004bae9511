// SPEC 5's units and their change feed through the API: a unit's principal or a reviewer
// changes the register holder, the system administrator or the end of use; each actual change
// reaches DI's feed (GET /api/v1/changes) with an audit row, and approve feeds it too.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "server/store/audit.h"
#include "server/store/usage_changes.h"
#include "support/catalog_fixture.h"

namespace {

using anskaffa::testing::CatalogFixture;
using anskaffa::testing::error_code_of;
using anskaffa::testing::Response;
using nlohmann::json;
namespace store = anskaffa::store;

json feed(CatalogFixture& f, const std::string& query = "") {
  return f.read("/api/v1/changes" + query);
}

std::string first_field(const Response& response) {
  INFO(response.body);
  return json::parse(response.body).at("error").at("findings").at(0).at("field").get<std::string>();
}

}  // namespace

TEST_CASE("approving a unit's use starts it in the feed", "[changes]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  const json page = feed(f);
  REQUIRE(page.at("total") == 1);
  const json& started = page.at("items").at(0);
  CHECK(started.at("kind") == "started");
  CHECK(started.at("catalog_id") == id);
  CHECK(started.at("resource_name") == "Kodknäckarna");
  CHECK(started.at("unit_id") == f.unit_a);
  CHECK(started.at("unit_name") == "Exempelskolan");
  CHECK(started.at("by").at("id") == f.reviewer.id);
  CHECK(started.at("by").at("name") == "Test granskare@di.example");
  CHECK(started.at("at") == "2026-05-28T20:26:40Z");
  CHECK(started.at("after").at("date") == "2026-05-28");
  CHECK(started.at("after").at("register_holder").at("name") == "Per Rektor");
  CHECK(started.at("after").at("system_admin").at("email") == "sara.admin@skola.example");
  CHECK(started.at("case_number").get<std::string>().starts_with("ANS-2026-"));
}

TEST_CASE("a re-approval that names new persons feeds their changes", "[changes]") {
  CatalogFixture f;
  const std::int64_t id = f.approved();
  json again = f.request_without_personal_data(f.unit_a);
  again["catalog_id"] = id;
  again["register_holder_name"] = "Nora Nyström";
  again["register_holder_email"] = "nora.nystrom@skola.example";
  const std::int64_t request = f.submitted(f.principal_a, again);
  REQUIRE(f.act_now(f.reviewer, request, "approve").status == 200);
  const json page = feed(f);
  REQUIRE(page.at("total") == 2);
  const json& changed = page.at("items").at(0);  // newest first
  CHECK(changed.at("kind") == "register_holder");
  CHECK(changed.at("before") ==
        json{{"name", "Per Rektor"}, {"email", "per.rektor@skola.example"}});
  CHECK(changed.at("after") ==
        json{{"name", "Nora Nyström"}, {"email", "nora.nystrom@skola.example"}});
  CHECK(page.at("items").at(1).at("kind") == "started");
}

TEST_CASE("the unit's principal replaces the system administrator and DI sees it", "[changes]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  const std::string path = CatalogFixture::usage_path(id, f.unit_a);
  *f.now += anskaffa::testing::one_day;
  const Response changed =
      f.put_as(f.principal_a, path,
               {{"system_admin_name", " Ture Teknik "},
                {"system_admin_email", "ture.teknik@skola.example"},
                {"register_holder_name", "Per Rektor"}});  // as stored: no change
  INFO(changed.body);
  REQUIRE(changed.status == 200);
  const json entry = json::parse(changed.body);
  CHECK(entry.at("id") == id);
  CHECK(entry.at("units").at(0).at("system_admin_name") == "Ture Teknik");
  CHECK(entry.at("units").at(0).at("register_holder_name") == "Per Rektor");

  const json page = feed(f);
  REQUIRE(page.at("total") == 2);
  const json& item = page.at("items").at(0);
  CHECK(item.at("kind") == "system_admin");
  CHECK(item.at("by").at("id") == f.principal_a.id);
  CHECK(item.at("before") == json{{"name", "Sara Admin"}, {"email", "sara.admin@skola.example"}});
  CHECK(item.at("after") == json{{"name", "Ture Teknik"}, {"email", "ture.teknik@skola.example"}});
  CHECK_FALSE(item.contains("case_number"));
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'catalog_usage'"
                " AND action = 'change_system_admin' AND user_id = " +
                std::to_string(f.principal_a.id)) == 1);

  // The same values again write nothing.
  const std::int64_t audit_rows = f.count("SELECT count(*) FROM audit_log");
  REQUIRE(f.put_as(f.principal_a, path,
                   {{"system_admin_name", "Ture Teknik"},
                    {"system_admin_email", "ture.teknik@skola.example"}})
              .status == 200);
  CHECK(feed(f).at("total") == 2);
  CHECK(f.count("SELECT count(*) FROM audit_log") == audit_rows);
}

TEST_CASE("another unit's principal may not change a unit's use", "[changes][access]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  const std::string path = CatalogFixture::usage_path(id, f.unit_a);
  const Response refused = f.put_as(f.principal_b, path, {{"system_admin_name", "Inte Jag"}});
  CHECK(refused.status == 403);
  CHECK(error_code_of(refused) == "not_allowed");
  CHECK(f.put_as(f.owner, path, {{"system_admin_name", "Inte Jag"}}).status == 403);
  CHECK(f.put_as(f.infosec, path, {{"system_admin_name", "Inte Jag"}}).status == 403);
  CHECK(f.put_as(f.admin, path, {{"system_admin_name", "Inte Jag"}}).status == 403);
  // A reviewer may.
  CHECK(f.put_as(f.reviewer, path, {{"system_admin_name", "Vera Granskad"}}).status == 200);
  CHECK(f.count("SELECT count(*) FROM usage_changes WHERE kind = 'system_admin'") == 1);
  CHECK(f.read(CatalogFixture::entry_path(id)).at("units").at(0).at("system_admin_name") ==
        "Vera Granskad");
}

TEST_CASE("a change of use is refused plainly when it is wrong", "[changes]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  const std::string path = CatalogFixture::usage_path(id, f.unit_a);
  // The unit does not use it, or there is no such entry.
  CHECK(f.put_as(f.principal_b, CatalogFixture::usage_path(id, f.unit_b), {{"ended", "2026-06-30"}})
            .status == 404);
  CHECK(f.put_as(f.reviewer, CatalogFixture::usage_path(id + 100, f.unit_a),
                 {{"ended", "2026-06-30"}})
            .status == 404);
  CHECK(f.put_as(f.reviewer, "/api/v1/catalog/x/units/1", json::object()).status == 404);

  const Response email =
      f.put_as(f.principal_a, path, {{"register_holder_email", "inte-en-adress"}});
  CHECK(email.status == 422);
  CHECK(first_field(email) == "register_holder_email");
  CHECK(json::parse(email.body).at("error").at("findings").at(0).at("code") == "invalid_email");
  CHECK(first_field(f.put_as(f.principal_a, path, {{"register_holder_name", " "}})) ==
        "register_holder_name");
  CHECK(
      first_field(f.put_as(f.principal_a, path, {{"system_admin_name", std::string(101, 'x')}})) ==
      "system_admin_name");
  CHECK(first_field(f.put_as(f.principal_a, path, {{"ended", "30/6 2026"}})) == "ended");
  CHECK(first_field(f.put_as(f.principal_a, path, {{"ended", "2026-02-30"}})) == "ended");
  CHECK(first_field(f.put_as(f.principal_a, path, {{"ended", "2020-01-01"}})) == "ended");
  CHECK(first_field(f.put_as(f.principal_a, path, {{"ended", 20260630}})) == "ended");
  const Response unknown = f.put_as(f.principal_a, path, {{"since", "2020-01-01"}});
  CHECK(unknown.status == 422);
  CHECK(json::parse(unknown.body).at("error").at("findings").at(0).at("code") == "unknown_field");
  CHECK(f.server.client()
            .put(path, "[1]", "application/json",
                 anskaffa::testing::with_cookie(f.principal_a.cookie))
            .status == 400);
  CHECK(f.count("SELECT count(*) FROM usage_changes") == 1);  // only the start
}

TEST_CASE("an end of use is recorded, counted and can be undone", "[changes]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  const std::string path = CatalogFixture::usage_path(id, f.unit_a);
  REQUIRE(f.put_as(f.principal_a, path, {{"ended", "2026-05-28"}}).status == 200);
  CHECK(f.read(CatalogFixture::entry_path(id)).at("units").at(0).at("ended") == "2026-05-28");
  CHECK(f.read("/api/v1/catalog").at("items").at(0).at("unit_count") == 0);
  const json ended = feed(f).at("items").at(0);
  CHECK(ended.at("kind") == "ended");
  CHECK(ended.at("before") == json{{"date", nullptr}});
  CHECK(ended.at("after") == json{{"date", "2026-05-28"}});

  const Response undone = f.put_as(f.principal_a, path, {{"ended", nullptr}});
  REQUIRE(undone.status == 200);
  CHECK(json::parse(undone.body).at("units").at(0).at("ended").is_null());
  CHECK(f.read("/api/v1/catalog").at("items").at(0).at("unit_count") == 1);
  CHECK(feed(f).at("items").at(0).at("after") == json{{"date", nullptr}});
  CHECK(feed(f).at("total") == 3);
}

TEST_CASE("the feed filters by unit and entry, pages newest first, and refuses nonsense",
          "[changes]") {
  CatalogFixture f;
  const std::int64_t first = f.approved({{"resource_name", "Första resursen"}});
  const std::int64_t second = f.approved({{"resource_name", "Andra resursen"}}, f.unit_b);
  REQUIRE(f.put_as(f.principal_b, CatalogFixture::usage_path(second, f.unit_b),
                   {{"register_holder_name", "Rita Register"}})
              .status == 200);
  CHECK(feed(f).at("total") == 3);
  CHECK(feed(f, "?unit_id=" + std::to_string(f.unit_b)).at("total") == 2);
  CHECK(feed(f, "?catalog_id=" + std::to_string(first)).at("total") == 1);
  CHECK(feed(f, "?catalog_id=" + std::to_string(first) + "&unit_id=" + std::to_string(f.unit_b))
            .at("total") == 0);
  const json paged = feed(f, "?per_page=1&page=2");
  CHECK(paged.at("per_page") == 1);
  CHECK(paged.at("page") == 2);
  REQUIRE(paged.at("items").size() == 1);
  CHECK(paged.at("items").at(0).at("kind") == "started");
  CHECK(paged.at("items").at(0).at("catalog_id") == second);
  const json newest = feed(f).at("items");
  CHECK(newest.at(0).at("id").get<std::int64_t>() > newest.at(1).at("id").get<std::int64_t>());
  for (const char* query :
       {"?unit_id=x", "?unit_id=-1", "?catalog_id=0", "?page=0", "?per_page=a"}) {
    INFO(query);
    CHECK(f.get_as(f.reviewer, std::string("/api/v1/changes") + query).status == 400);
  }
  CHECK(f.get_as(f.infosec, "/api/v1/changes").status == 200);
  CHECK(f.get_as(f.principal_b, "/api/v1/changes").status == 403);
}

TEST_CASE("the feed is in the order the changes happened, not the order they were stored",
          "[changes]") {
  CatalogFixture f;
  const std::int64_t id = f.approved();
  // A change recorded later about an earlier moment (an imported register, say) sorts by when.
  store::UsageChange late;
  late.at = anskaffa::testing::fixture_now - 30 * 86400;
  late.catalog_id = id;
  late.unit_id = f.unit_a;
  late.kind = "system_admin";
  auto connection = f.server.database().connect();
  connection->write_transaction([&] { return store::append_usage_change(*connection, late); });
  const json items = feed(f).at("items");
  REQUIRE(items.size() == 2);
  CHECK(items.at(0).at("kind") == "started");
  CHECK(items.at(1).at("kind") == "system_admin");
}

TEST_CASE("the change feed cannot be altered through the database either", "[changes]") {
  CatalogFixture f;
  f.approved();
  auto connection = f.server.database().connect();
  CHECK_THROWS(connection->exec("UPDATE usage_changes SET kind = 'ended'"));
  CHECK_THROWS(connection->exec("DELETE FROM usage_changes"));
  CHECK(f.count("SELECT count(*) FROM usage_changes WHERE kind = 'started'") == 1);
}
