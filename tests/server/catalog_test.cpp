// SPEC 5 and 8's catalogue through the API: the list's fixed shape, search (never query
// syntax), filters and paging; an entry in full; a reviewer's decision on it; and the DPA rule
// for usage registrations, seen from the catalogue.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server/store/agreements.h"
#include "server/store/audit.h"
#include "support/catalog_fixture.h"

namespace {

using anskaffa::testing::CatalogFixture;
using anskaffa::testing::error_code_of;
using anskaffa::testing::Response;
using nlohmann::json;
namespace store = anskaffa::store;

// Three entries that differ in every searchable and filterable way.
struct ThreeEntries {
  std::int64_t maths = 0, language = 0, reading = 0;
};

ThreeEntries three_entries(CatalogFixture& f) {
  ThreeEntries e;
  e.maths = f.approved({{"resource_name", "Matematikappen"},
                        {"supplier_name", "Räknefabriken AB"},
                        {"resource_type", "app"},
                        {"grade_levels", {"y4_6"}},
                        {"description", "Huvudräkning och bråk med direkt återkoppling."}});
  e.language = f.approved({{"resource_name", "Ordjakten"},
                           {"supplier_name", "Språkverkstan AB"},
                           {"resource_type", "web_service"},
                           {"grade_levels", {"f3", "y4_6"}},
                           {"description", "Stavning och ordförråd för de yngre eleverna."}});
  e.reading = f.approved({{"resource_name", "Bokbussen"},
                          {"supplier_name", "Läsglädje i Norden AB"},
                          {"resource_type", "book_with_digital_part"},
                          {"grade_levels", {"y7_9"}},
                          {"description", "Övningar i läsförståelse med ljudbok och frågor."}},
                         f.unit_b);
  return e;
}

std::vector<std::string> names(const json& page) {
  std::vector<std::string> found;
  for (const json& item : page.at("items")) found.push_back(item.at("name").get<std::string>());
  return found;
}

std::string search(const std::string& text) {
  std::string encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : text) {
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "/api/v1/catalog?q=" + encoded;
}

// Every row of every table that holds data, to show that a request changed nothing.
std::int64_t all_rows(CatalogFixture& f) {
  std::int64_t total = 0;
  for (const char* table : {"catalog_entries", "catalog_units", "usage_changes", "audit_log",
                            "requests", "request_events", "agreements", "units", "users"}) {
    total += f.count(std::string("SELECT count(*) FROM ") + table);
  }
  return total;
}

std::string catalog_integrity(CatalogFixture& f) {
  auto connection = f.server.database().connect();
  auto query = connection->prepare("PRAGMA integrity_check");
  REQUIRE(query.step());
  return query.column_text(0);
}

}  // namespace

TEST_CASE("the catalogue lists every entry by name in SPEC 8's fixed shape", "[catalog]") {
  CatalogFixture f;
  const ThreeEntries e = three_entries(f);
  const json page = f.read("/api/v1/catalog");
  CHECK(page.at("total") == 3);
  CHECK(page.at("page") == 1);
  CHECK(page.at("per_page") == 50);
  CHECK(names(page) == std::vector<std::string>{"Bokbussen", "Matematikappen", "Ordjakten"});
  const json& maths = page.at("items").at(1);
  for (const char* key : {"id", "name", "supplier_name", "resource_type", "grade_levels", "status",
                          "dpa_valid_until", "unit_count", "dpa_expired", "conditions"}) {
    INFO(key);
    CHECK(maths.contains(key));
  }
  CHECK(maths.at("id") == e.maths);
  CHECK(maths.at("supplier_name") == "Räknefabriken AB");
  CHECK(maths.at("resource_type") == "app");
  CHECK(maths.at("grade_levels") == json::array({"y4_6"}));
  CHECK(maths.at("status") == "approved");
  CHECK(maths.at("dpa_valid_until").is_null());
  CHECK(maths.at("dpa_expired") == false);
  CHECK(maths.at("unit_count") == 1);
  // Anyone signed in reads it; nobody else.
  CHECK(f.get_as(f.owner, "/api/v1/catalog").status == 200);
  CHECK(f.server.client().get("/api/v1/catalog").status == 401);
}

TEST_CASE("search finds any word of name, supplier or description, by prefix, with å ä ö",
          "[catalog][search]") {
  CatalogFixture f;
  three_entries(f);
  const auto found = [&](const std::string& text) { return names(f.read(search(text))); };
  using list = std::vector<std::string>;
  CHECK(found("mate") == list{"Matematikappen"});            // prefix of the name
  CHECK(found("Matematikappen") == list{"Matematikappen"});  // the whole name
  CHECK(found("räknefabriken") == list{"Matematikappen"});   // supplier
  CHECK(found("Språkverk") == list{"Ordjakten"});            // supplier, with å
  CHECK(found("sprak") == list{"Ordjakten"});                // diacritics folded
  CHECK(found("läsförståelse") == list{"Bokbussen"});        // description, with ä and å
  CHECK(found("ÖVNING") == list{"Bokbussen"});               // any case, with Ö
  list every = found("ab");  // in every supplier's name; best match first, so sorted here
  std::sort(every.begin(), every.end());
  CHECK(every == list{"Bokbussen", "Matematikappen", "Ordjakten"});
  CHECK(found("stavning ordförråd") == list{"Ordjakten"});  // every word must match
  CHECK(found("stavning bråk").empty());
  CHECK(found("finnsinte").empty());
  CHECK(f.read(search("mate")).at("total") == 1);
}

TEST_CASE("the best match comes first when searching", "[catalog][search]") {
  CatalogFixture f;
  f.approved({{"resource_name", "Algebraverkstan"},
              {"description", "Ekvationer steg för steg, med geometri som extra övning."}});
  f.approved({{"resource_name", "Geometri Geometri"},
              {"description", "Geometri för alla: former, vinklar och geometri i vardagen."}});
  const json page = f.read(search("geometri"));
  REQUIRE(page.at("total") == 2);
  CHECK(page.at("items").at(0).at("name") == "Geometri Geometri");
}

TEST_CASE("filters by grade, type and status; unknown values are 400", "[catalog]") {
  CatalogFixture f;
  three_entries(f);
  using list = std::vector<std::string>;
  CHECK(names(f.read("/api/v1/catalog?grade=y4_6")) == list{"Matematikappen", "Ordjakten"});
  CHECK(names(f.read("/api/v1/catalog?grade=f3")) == list{"Ordjakten"});
  CHECK(names(f.read("/api/v1/catalog?type=app")) == list{"Matematikappen"});
  CHECK(names(f.read("/api/v1/catalog?type=web_service&grade=y4_6")) == list{"Ordjakten"});
  CHECK(names(f.read("/api/v1/catalog?status=approved")).size() == 3);
  CHECK(names(f.read("/api/v1/catalog?status=phased_out")).empty());
  CHECK(names(f.read("/api/v1/catalog?q=ord&grade=y7_9")).empty());
  for (const char* query :
       {"grade=y4", "grade=Y4_6", "type=book", "status=godkand", "status=approved%27%20OR%201%3D1",
        "page=0", "page=x", "per_page=-1", "per_page=0", "page=1.5"}) {
    INFO(query);
    const Response response = f.get_as(f.reviewer, std::string("/api/v1/catalog?") + query);
    CHECK(response.status == 400);
    CHECK(error_code_of(response) == "bad_request");
  }
}

TEST_CASE("the catalogue is paged from 1, 50 by default and at most 200", "[catalog]") {
  CatalogFixture f;
  const ThreeEntries e = three_entries(f);
  const json first = f.read("/api/v1/catalog?per_page=2");
  CHECK(first.at("total") == 3);
  CHECK(first.at("per_page") == 2);
  CHECK(names(first) == std::vector<std::string>{"Bokbussen", "Matematikappen"});
  const json second = f.read("/api/v1/catalog?per_page=2&page=2");
  CHECK(second.at("page") == 2);
  CHECK(names(second) == std::vector<std::string>{"Ordjakten"});
  CHECK(f.read("/api/v1/catalog?per_page=2&page=3").at("items").empty());
  CHECK(f.read("/api/v1/catalog?per_page=1000").at("per_page") == 200);
  (void)e;
}

TEST_CASE("hostile search text answers 200 or 400 and changes nothing", "[catalog][search]") {
  CatalogFixture f;
  three_entries(f);
  const std::int64_t before = all_rows(f);
  std::vector<std::string> hostile = {"\"",
                                      "*",
                                      "NEAR(",
                                      "NEAR(mate ord, 2)",
                                      "OR",
                                      "AND",
                                      "NOT",
                                      "mate OR ord",
                                      "mate NOT ord",
                                      "^mate",
                                      "-mate",
                                      "name:mate",
                                      "supplier_name : x",
                                      "(",
                                      ")",
                                      "mate\"",
                                      "\"mate",
                                      "\"\"\"",
                                      "'; DROP TABLE catalog_entries;--",
                                      "x'); DELETE FROM catalog_entries; --",
                                      "{name supplier_name}: mate",
                                      "mate*",
                                      "* mate",
                                      "\\",
                                      "%",
                                      "_",
                                      "rank",
                                      "bm25(",
                                      std::string(10000, 'a'),
                                      std::string(10000, '"'),
                                      "mate\xC3",
                                      "\xFF\xFE",
                                      "\xC3\x28",
                                      std::string("a\0b", 3),
                                      "\xE2\x80\xAE mate",
                                      std::string(2000, '"')};
  std::string operators;
  for (int i = 0; i < 50; ++i) operators += "NEAR( OR ";  // 450 bytes of syntax, under the limit
  hostile.push_back(operators);
  for (const std::string& text : hostile) {
    const Response response = f.get_as(f.reviewer, search(text));
    INFO(text.substr(0, 40) << " -> " << response.status << " " << response.body.substr(0, 200));
    // 414: a text so long that its URL passes the server's 8 KiB request line.
    CHECK((response.status == 200 || response.status == 400 || response.status == 414));
    if (response.status != 200) CHECK(error_code_of(response) == "bad_request");
  }
  // Words among the syntax still search as words.
  CHECK(names(f.read(search("NEAR(mate"))).empty());  // "near" and "mate" both required
  CHECK(names(f.read(search("mate*"))) == std::vector<std::string>{"Matematikappen"});
  CHECK(names(f.read(search("\"mate"))) == std::vector<std::string>{"Matematikappen"});
  CHECK(names(f.read(search("name:mate"))).empty());  // "name" is a word, not a column
  // Invalid UTF-8 and a 10 000 character text are refused plainly.
  CHECK(f.get_as(f.reviewer, search("\xFF\xFE")).status == 400);
  CHECK(f.get_as(f.reviewer, search(std::string(4000, 'a'))).status == 400);
  const Response too_long = f.get_as(f.reviewer, search(std::string(10000, 'a')));
  CHECK(too_long.status == 414);
  CHECK(json::parse(too_long.body).at("error").at("message") ==
        "Adressen är för lång. Korta ner sökningen och försök igen.");
  CHECK(all_rows(f) == before);
  CHECK(f.count("SELECT count(*) FROM catalog_entries") == 3);
  CHECK(catalog_integrity(f) == "ok");
}

TEST_CASE("search text without a word lists everything, as no search does", "[catalog][search]") {
  CatalogFixture f;
  three_entries(f);
  for (const char* text : {"\"*()", "*", "--", "  ", "\"\"", "(^)", "☃ ✓"}) {
    INFO(text);
    const json page = f.read(search(text));
    CHECK(page.at("total") == 3);
  }
}

TEST_CASE("an entry is read in full with its agreements and units", "[catalog]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa({{"supplier_org_number", "556016-0680"}});
  const json entry = f.read(CatalogFixture::entry_path(id));
  CHECK(entry.at("id") == id);
  CHECK(entry.at("name") == "Kodknäckarna");
  CHECK(entry.at("supplier_name") == "Demokod Sverige AB");
  CHECK(entry.at("supplier_org_number") == "556016-0680");
  CHECK(entry.at("website_url") == "https://kodknackarna.example");
  CHECK(entry.at("resource_type") == "web_service");
  CHECK(entry.at("grade_levels") == json::array({"y4_6"}));  // JSON, not a string
  CHECK(entry.at("personal_data").is_object());
  CHECK(entry.at("personal_data").at("processes_personal_data") == "yes");
  CHECK(entry.at("status") == "approved");
  CHECK(entry.at("decided_on") == "2026-05-28");
  CHECK(entry.at("case_number").get<std::string>().starts_with("ANS-2026-"));
  const json& dpa = entry.at("dpa");
  REQUIRE(dpa.is_object());
  CHECK(dpa.at("reference") == "PUB-2026-017");
  CHECK(dpa.at("valid_from") == "2026-05-20");
  CHECK(dpa.at("valid_until") == "2028-05-19");
  CHECK(dpa.at("valid") == true);
  CHECK(dpa.at("expired") == false);
  CHECK(entry.at("service_agreement").is_null());
  CHECK(entry.at("dpa_expired") == false);
  REQUIRE(entry.at("units").size() == 1);
  const json& unit = entry.at("units").at(0);
  CHECK(unit.at("unit_id") == f.unit_a);
  CHECK(unit.at("unit_name") == "Exempelskolan");
  CHECK(unit.at("register_holder_name") == "Per Rektor");
  CHECK(unit.at("register_holder_email") == "per.rektor@skola.example");
  CHECK(unit.at("system_admin_name") == "Sara Admin");
  CHECK(unit.at("system_admin_email") == "sara.admin@skola.example");
  CHECK(unit.at("since") == "2026-05-28");
  CHECK(unit.at("ended").is_null());
  const json listed = f.read("/api/v1/catalog").at("items").at(0);
  CHECK(listed.at("dpa_valid_until") == "2028-05-19");

  // Anyone signed in reads it; an unknown or malformed id is 404.
  CHECK(f.get_as(f.owner, CatalogFixture::entry_path(id)).status == 200);
  CHECK(f.server.client().get(CatalogFixture::entry_path(id)).status == 401);
  CHECK(f.get_as(f.owner, CatalogFixture::entry_path(id + 100)).status == 404);
  CHECK(error_code_of(f.get_as(f.owner, "/api/v1/catalog/x1")) == "not_found");
}

TEST_CASE("an entry whose DPA has expired says so, and approving new usage needs a new DPA",
          "[catalog][dpa]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  // Three years on, the DPA (valid until 2028-05-19) has expired.
  *f.now = anskaffa::testing::fixture_now + 3 * 365 * anskaffa::testing::one_day;
  f.sign_in_again(f.reviewer);
  f.sign_in_again(f.principal_b);
  const json entry = f.read(CatalogFixture::entry_path(id));
  CHECK(entry.at("dpa_expired") == true);
  CHECK(entry.at("dpa").at("valid") == false);
  CHECK(entry.at("dpa").at("expired") == true);
  const json listed = f.read("/api/v1/catalog").at("items").at(0);
  CHECK(listed.at("dpa_expired") == true);
  CHECK(listed.at("dpa_valid_until") == "2028-05-19");

  json usage = f.valid_request(f.unit_b);
  usage["catalog_id"] = id;
  usage["start_date"] = "2029-09-01";
  const std::int64_t request = f.submitted(f.principal_b, usage);
  const Response refused = f.act_now(f.reviewer, request, "approve");
  CHECK(refused.status == 422);
  CHECK(error_code_of(refused) == "dpa_missing");
  CHECK(f.read(CatalogFixture::entry_path(id)).at("units").size() == 1);
}

TEST_CASE("a reviewer sets an entry's status, with conditions or a reason", "[catalog][edit]") {
  CatalogFixture f;
  const std::int64_t id = f.approved();
  const std::string path = CatalogFixture::entry_path(id);

  const Response no_conditions =
      f.put_as(f.reviewer, path, {{"status", "approved_with_conditions"}});
  CHECK(no_conditions.status == 422);
  CHECK(error_code_of(no_conditions) == "invalid_request");
  CHECK(json::parse(no_conditions.body).at("error").at("findings").at(0).at("field") ==
        "conditions");
  const Response no_reason =
      f.put_as(f.reviewer, path, {{"status", "not_approved"}, {"reason", "   "}});
  CHECK(no_reason.status == 422);
  CHECK(json::parse(no_reason.body).at("error").at("findings").at(0).at("field") == "reason");
  const Response unknown = f.put_as(f.reviewer, path, {{"status", "approved"}, {"state", "x"}});
  CHECK(unknown.status == 422);
  CHECK(json::parse(unknown.body).at("error").at("findings").at(0).at("code") == "unknown_field");
  const Response bad_status = f.put_as(f.reviewer, path, {{"status", "godkänd"}});
  CHECK(bad_status.status == 422);
  CHECK(json::parse(bad_status.body).at("error").at("findings").at(0).at("field") == "status");
  const Response no_status = f.put_as(f.reviewer, path, json::object());
  CHECK(no_status.status == 422);
  const Response wrong_type = f.put_as(f.reviewer, path, {{"status", 3}});
  CHECK(json::parse(wrong_type.body).at("error").at("findings").at(0).at("code") == "wrong_type");
  CHECK(f.server.client()
            .put(path, "{\"status\":", "application/json",
                 anskaffa::testing::with_cookie(f.reviewer.cookie))
            .status == 400);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'catalog_entry' AND action = "
                "'decide'") == 0);

  const Response conditioned = f.put_as(
      f.reviewer, path, {{"status", "approved_with_conditions"}, {"conditions", " Ej för F–3. "}});
  INFO(conditioned.body);
  REQUIRE(conditioned.status == 200);
  const json entry = json::parse(conditioned.body);
  CHECK(entry.at("status") == "approved_with_conditions");
  CHECK(entry.at("conditions") == "Ej för F–3.");
  CHECK(entry.at("units").size() == 1);  // the whole entry, as GET answers it

  const Response phased =
      f.put_as(f.reviewer, path, {{"status", "phased_out"}, {"reason", "Ersatt av nyare."}});
  REQUIRE(phased.status == 200);
  CHECK(json::parse(phased.body).at("conditions") == "");
  CHECK(json::parse(phased.body).at("reason") == "Ersatt av nyare.");

  auto connection = f.server.database().connect();
  const auto audit = store::list_audit(*connection, "catalog_entry", id);
  REQUIRE(audit.size() >= 3);
  const store::AuditEntry& last = audit.back();
  CHECK(last.action == "decide");
  CHECK(last.from == "approved_with_conditions");
  CHECK(last.to == "phased_out");
  CHECK(last.user_id == f.reviewer.id);
  // The same decision again writes nothing.
  REQUIRE(f.put_as(f.reviewer, path, {{"status", "phased_out"}, {"reason", "Ersatt av nyare."}})
              .status == 200);
  CHECK(store::list_audit(*connection, "catalog_entry", id).size() == audit.size());

  CHECK(
      f.put_as(f.reviewer, CatalogFixture::entry_path(id + 100), {{"status", "approved"}}).status ==
      404);
  CHECK(f.put_as(f.infosec, path, {{"status", "approved"}}).status == 403);
  CHECK(f.server.client().put(path, "{\"status\":\"approved\"}").status == 401);
}

TEST_CASE("an entry shows its service agreement, and a terminated DPA as expired",
          "[catalog][dpa]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  const std::int64_t request =
      f.count("SELECT request_id FROM catalog_entries WHERE id = " + std::to_string(id));
  const std::int64_t service = [&] {
    auto connection = f.server.database().connect();
    store::AgreementRecord agreement;
    agreement.kind = "service_agreement";
    agreement.supplier_name = "Demokod Sverige AB";
    agreement.reference = "ATEA-2026-11";
    agreement.route = "atea";
    agreement.signed_on = "2026-01-10";
    agreement.valid_from = "2026-01-10";
    agreement.valid_until = "2027-01-09";
    agreement.created_at = anskaffa::testing::fixture_now;
    return connection->write_transaction(
        [&] { return store::insert_agreement(*connection, agreement); });
  }();
  REQUIRE(
      f.act_now(f.reviewer, request, "mark_ordered", {{"service_agreement_id", service}}).status ==
      200);
  const json entry = f.read(CatalogFixture::entry_path(id));
  REQUIRE(entry.at("service_agreement").is_object());
  CHECK(entry.at("service_agreement").at("id") == service);
  CHECK(entry.at("service_agreement").at("reference") == "ATEA-2026-11");
  CHECK(entry.at("service_agreement").at("valid") == true);
  CHECK(entry.at("dpa_expired") == false);

  {
    auto connection = f.server.database().connect();
    connection->exec("UPDATE agreements SET terminated = 1 WHERE kind = 'dpa'");
  }
  const json terminated = f.read(CatalogFixture::entry_path(id));
  CHECK(terminated.at("dpa_expired") == true);
  CHECK(terminated.at("dpa").at("valid") == false);
  CHECK(terminated.at("dpa").at("expired") == true);
  CHECK(f.read("/api/v1/catalog").at("items").at(0).at("dpa_expired") == true);
}
